import type { Prisma } from "@/lib/db/generated/client";
import type { DemoContractKey } from "./demo-contracts";
import type { DemoCustomerIds } from "./demo-customers";

/** Insured objects of the demo (cars, the fleet, the warehouse), each attached to its motor or building contract. */
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
      licensePlate: "M-MM 1984",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikFlotte,
      kind: "VEHICLE",
      name: "MAN TGX 18.470",
      licensePlate: "M-LG 101",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikFlotte,
      kind: "VEHICLE",
      name: "Mercedes-Benz Actros 1845",
      licensePlate: "M-LG 102",
    },
    {
      tenantId,
      customerId: c.logistik,
      contractId: ids.logistikFlotte,
      kind: "VEHICLE",
      name: "Mercedes-Benz Sprinter 317 CDI",
      licensePlate: "M-LG 210",
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
  ];
}
