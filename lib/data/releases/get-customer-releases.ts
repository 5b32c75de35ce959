import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { ReleaseLevels } from "../../validation/releases";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { levelsFromRows } from "./release-diff";

/**
 * The release level of every portal module for one customer. A module without a row is HIDDEN:
 * nothing is released until someone releases it. Staff see customers within their scope,
 * a customer only their own.
 */
export async function getCustomerReleases(ctx: RequestContext | null, customerId: string): Promise<ReleaseLevels> {
  if (!ctx) throw new AccessDeniedError();
  if (!z.uuid().safeParse(customerId).success) throw new AccessDeniedError("customer not visible");
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: { releases: { where: { tenantId: ctx.tenant.id }, select: { module: true, level: true } } },
  });
  if (!customer) throw new AccessDeniedError("customer not visible");
  return levelsFromRows(customer.releases);
}
