import type { Prisma } from "@/lib/db/generated/client";
import type { DemoContractKey } from "./demo-contracts";
import type { DemoCustomerIds } from "./demo-customers";

/**
 * Insured objects of the demo (cars, the fleet, the warehouse and a forklift in it), each attached to its
 * motor or property contract: a fleet manager of Muster Logistik AG sees the three vehicles, not the hall or the forklift.
 * The VINs are made up.
 */
export function demoInsuredObjects(
  tenantId: string,
  c: DemoCustomerIds,
  ids: Record<DemoContractKey, string>,
): Prisma.InsuredObjectCreateManyInput[] {
  return [
    {
      tenantId,
      customerId: c.max,
      contractId: ids.maxKfzHaftpflicht,
      kind: "VEHICLE",
      name: "VW Golf 1.5 TSI",
      manufacturer: "Volkswagen",
      licensePlate: "M-MM 1984",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikFlotte,
      kind: "VEHICLE",
      name: "MAN TGX 18.470",
      manufacturer: "MAN Truck & Bus",
      licensePlate: "M-LG 101",
      vin: "WMA06XZZ7NP101101",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikFlotte,
      kind: "VEHICLE",
      name: "Mercedes-Benz Actros 1845",
      manufacturer: "Mercedes-Benz",
      licensePlate: "M-LG 102",
      vin: "WDB9634031L102102",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikFlotte,
      kind: "VEHICLE",
      name: "Mercedes-Benz Sprinter 317 CDI",
      manufacturer: "Mercedes-Benz",
      licensePlate: "M-LG 210",
      vin: "WDB9076331P210210",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikHalle,
      kind: "BUILDING",
      name: "Lagerhalle Garching",
      street: "Industriestraße 5",
      postalCode: "85748",
      city: "Garching bei München",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikHalle,
      kind: "MACHINE",
      name: "Linde H50 Gabelstapler",
      manufacturer: "Linde Material Handling",
      serialNumber: "H2X394R00517",
    },
  ];
}
