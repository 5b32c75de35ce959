// Shared setup for the own-contract tests (adding, editing and deleting contracts in the customer
// portal): one office per test file with an owner, a line and an insurer, customers with releases,
// and a filled-in contract form.
import { beforeAll } from "vitest";
import { db } from "@/lib/db/client";
import { EMPTY_OWN_CONTRACT, OTHER_INSURER, type OwnContractInput } from "@/lib/validation/own-contract";
import { createStaff, createTenant } from "./factories";
import { portalCustomer, type Releases } from "./portal-customer";

// The office of the current test file, filled in by `setUpOwnContractOffice` (live bindings; vitest
// loads this module once per test file).
export let tenantId: string;
export let ownerId: string;
export let lineId: string;
export let insurerId: string;

/** Creates the office (tenant, owner, line "Privathaftpflicht", insurer) before the file's tests run. */
export function setUpOwnContractOffice() {
  beforeAll(async () => {
    tenantId = (await createTenant()).id;
    ownerId = (await createStaff(tenantId, { role: "owner" })).id;
    lineId = (await db.lineOfBusiness.create({ data: { tenantId, code: "040", name: "Privathaftpflicht" } })).id;
    insurerId = (await db.insurer.create({ data: { tenantId, name: "Beispiel Versicherung AG" } })).id;
  });
}

/** A customer with a portal login, an advisor and the given releases. */
export async function customerWith(releases: Releases, tenant = tenantId) {
  const advisor = await createStaff(tenant, { role: "advisor" });
  const { customer, user: login, ctx } = await portalCustomer(tenant, releases, { advisorId: advisor.id });
  return { customer, login, advisor, ctx };
}

export const WRITE_OTHER: Releases = { OTHER_CONTRACTS: "WRITE", INSURANCE: "READ", PROFILE: "READ" };

export const values = (overrides: Partial<OwnContractInput> = {}): OwnContractInput => ({
  ...EMPTY_OWN_CONTRACT,
  module: "OTHER",
  status: "ACTIVE",
  insurerId: OTHER_INSURER,
  insurerName: "Stadtwerke Musterstadt",
  policyNumber: "STROM-4711",
  product: "Ökostrom Plus",
  startDate: "2025-01-01",
  mainDue: "01.01",
  noticePeriodMonths: "1",
  grossPremium: "54,00",
  paymentFrequency: "MONTHLY",
  paymentMethod: "SEPA_DIRECT_DEBIT",
  ...overrides,
});
