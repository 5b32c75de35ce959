// Builders for the customer portal tests: a customer with a portal login and module releases, and
// household folders shared by consent.
import type { Prisma } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { createCustomer, createCustomerUser } from "./factories";
import { contextFor } from "./request-context";

/** Release levels per module; modules not named stay HIDDEN. */
export type Releases = Partial<Record<PortalModule, ReleaseLevel>>;

/** Writes the customer's module releases. */
export async function releaseModules(tenantId: string, customerId: string, releases: Releases) {
  await db.moduleRelease.createMany({
    data: Object.entries(releases).map(([module, level]) => ({
      tenantId,
      customerId,
      module: module as PortalModule,
      level: level as ReleaseLevel,
    })),
  });
}

/**
 * A customer with an active portal login (named like the customer) and the given releases, with the
 * context of that login's own folder.
 */
export async function portalCustomer(
  tenantId: string,
  releases: Releases,
  customerOverrides: Partial<Prisma.CustomerUncheckedCreateInput> = {},
) {
  const customer = await createCustomer(tenantId, customerOverrides);
  const user = await createCustomerUser(tenantId, customer.id, { firstName: customer.firstName, lastName: customer.lastName });
  await releaseModules(tenantId, customer.id, releases);
  return { customer, user, ctx: await contextFor(user.id) };
}

/**
 * Puts both customers into a new household in which `grantorId` consented that `granteeId` sees
 * their folder (the household folder switch).
 */
export async function shareFolder(
  tenantId: string,
  {
    grantorId,
    granteeId,
    grantedAt = new Date(),
    name = "Familie Test",
  }: {
    grantorId: string;
    granteeId: string;
    grantedAt?: Date;
    name?: string;
  },
) {
  const household = await db.household.create({ data: { tenantId, name } });
  await db.customer.updateMany({ where: { id: { in: [grantorId, granteeId] } }, data: { householdId: household.id } });
  const consent = await db.householdConsent.create({
    data: { tenantId, householdId: household.id, grantorCustomerId: grantorId, granteeCustomerId: granteeId, grantedAt },
  });
  return { household, consent };
}
