// Shared by the ticket read tests: the file's office (owner, advisor and back office, with names)
// and its portal customers. The rows they read are written by ./ticket-read-rows.ts.
import { beforeAll } from "vitest";
import type { RequestContext } from "@/lib/data/context/types";
import type { Prisma } from "@/lib/db/generated/client";
import { createStaff, createTenant } from "./factories";
import { portalCustomer, type Releases } from "./portal-customer";
import { contextFor } from "./request-context";

// The office of the file, set by ticketReadSuite before its first test (live bindings: the tests
// read them after that).
export let tenant: { id: string; slug: string };
export let advisor: { id: string };
export let backoffice: { id: string };
export let owner: { id: string };
export let ownerCtx: RequestContext;
export let advisorCtx: RequestContext;

/** Registers the hook that creates the file's office. */
export function ticketReadSuite() {
  beforeAll(async () => {
    tenant = await createTenant();
    owner = await createStaff(tenant.id, { role: "owner", firstName: "Olga", lastName: "Inhaberin" });
    advisor = await createStaff(tenant.id, { role: "advisor", firstName: "Anton", lastName: "Berater" });
    backoffice = await createStaff(tenant.id, { role: "backoffice", firstName: "Bea", lastName: "Innendienst" });
    ownerCtx = await contextFor(owner.id);
    advisorCtx = await contextFor(advisor.id);
  });
}

/** A portal customer of the office's advisor with the given releases. */
export const customerWith = (releases: Releases, overrides: Partial<Prisma.CustomerUncheckedCreateInput> = {}) =>
  portalCustomer(tenant.id, releases, { advisorId: advisor.id, ...overrides });
