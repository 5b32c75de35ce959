// Shared setup for the change-request tests: one office (tenant, advisor, owner) per test file and a
// builder for portal customers looked after by that advisor. `tenant`, `advisor` and `owner` are live
// bindings, set by the `beforeAll` that `setupChangeRequestOffice()` registers.
import { afterEach, beforeAll } from "vitest";
import { freezeClock, setClockOffset } from "@/lib/clock";
import type { RequestContext } from "@/lib/data/context/types";
import { createStaff, createTenant, uniqueSuffix } from "./factories";
import { portalCustomer, type Releases } from "./portal-customer";
import { contextFor } from "./request-context";

export const NEW_ADDRESS = { street: "Lindenallee 7", postalCode: "50667", city: "Köln", country: "DE" };
export const IBAN = "DE89370400440532013000";

export let tenant: { id: string; slug: string };
export let advisor: { id: string };
export let owner: RequestContext;

/** Registers the file's office setup and resets the clock after each test; call once at the top of a test file. */
export function setupChangeRequestOffice() {
  beforeAll(async () => {
    tenant = await createTenant({
      name: "Makler Sonnenschein",
      street: "Marktplatz 1",
      postalCode: "80331",
      city: "München",
      contactPhone: "+49 89 123456",
      contactEmail: "buero@sonnenschein.example",
    });
    advisor = await createStaff(tenant.id, { role: "advisor" });
    owner = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
  });

  afterEach(() => {
    freezeClock(null);
    setClockOffset(0);
  });
}

/** A customer with a portal login and the given releases, looked after by `advisor`. */
export function customerWith(releases: Releases, tenantId = tenant.id) {
  return portalCustomer(tenantId, releases, {
    advisorId: tenantId === tenant.id ? advisor.id : null,
    firstName: "Max",
    lastName: `Muster-${uniqueSuffix()}`,
    street: "Alte Gasse 3",
    postalCode: "10115",
    city: "Berlin",
    country: "DE",
    mobile: "+4917011111111",
  });
}
