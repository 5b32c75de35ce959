import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { loadRecordCustomer } from "../premium-invoices/record-customer";
import { listRecordContractOptions, type RecordContractOption } from "../premium-invoices/record-form-options";
import { insuredObjectAccessWhere } from "./insured-object-access";
import { countryOf, objectFieldsSelect } from "./object-write-checks";

export type BrokerObjectKind = "VEHICLE" | "BUILDING" | "MACHINE" | "OTHER";

export type BrokerObjectItem = {
  id: string;
  kind: BrokerObjectKind;
  name: string;
  contractId: string | null;
  contract: ContractLabel | null;
  licensePlate: string | null;
  vin: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  manufacturer: string | null;
  serialNumber: string | null;
};

export type CustomerObjects = {
  /** grouped by kind in the order vehicles, buildings, machines, other; empty kinds left out */
  groups: { kind: BrokerObjectKind; items: BrokerObjectItem[] }[];
  /** the customer the page is about: "Muster Logistik AG (K-1001)" */
  customer: { id: string; label: string };
  /** editCustomers and the customer is not restricted */
  canEdit: boolean;
  /** the customer's address country: the default for a new building */
  customerCountry: string;
  /** form option, only for someone who can edit */
  contracts: RecordContractOption[];
};

const KIND_ORDER: BrokerObjectKind[] = ["VEHICLE", "BUILDING", "MACHINE", "OTHER"];

/**
 * A customer's insured objects (never deleted ones) for the broker, grouped by kind and sorted by name.
 * Null when the customer is not visible to the staff member.
 */
export async function listCustomerInsuredObjects(
  ctx: RequestContext | null,
  customerId: string,
): Promise<CustomerObjects | null> {
  requireStaff(ctx);
  const header = await loadRecordCustomer(ctx, customerId);
  if (!header) return null;
  const { writable } = header;
  const [rows, contracts] = await Promise.all([
    db.insuredObject.findMany({
      where: { AND: [insuredObjectAccessWhere(ctx), { customerId }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
      select: { ...objectFieldsSelect, contract: { select: contractLabelSelect } },
    }),
    writable ? listRecordContractOptions(ctx, customerId) : [],
  ]);
  const items: BrokerObjectItem[] = rows.map(({ details, contract, ...row }) => ({
    ...row,
    country: countryOf(details),
    contract: contract ? contractLabel(contract) : null,
  }));
  return {
    customer: header.customer,
    groups: KIND_ORDER.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
      (group) => group.items.length > 0,
    ),
    canEdit: writable,
    customerCountry: header.country,
    contracts,
  };
}
