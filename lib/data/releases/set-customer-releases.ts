import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { LEVEL_INVALID, PORTAL_MODULES, releaseLevels, type PortalModuleKey } from "../../validation/releases";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { levelsFromRows, releaseChanges } from "./release-diff";

export type SetReleasesResult =
  { ok: true; id: string; changed: PortalModuleKey[] } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * Saves the release matrix of one customer. Only changed modules are written (with who changed them);
 * the audit entry names each changed module with its old and new level. The customer's next request
 * reads the levels afresh (load-request-context.ts), so a module set to HIDDEN disappears at once.
 */
export async function setCustomerReleases(
  ctx: RequestContext | null,
  customerId: string,
  input: unknown,
): Promise<SetReleasesResult> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  if (!z.uuid().safeParse(customerId).success) throw new AccessDeniedError("customer not visible");
  const parsed = releaseLevels.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: LEVEL_INVALID, fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const tenantId = ctx.tenant.id;
  const actorId = ctx.actor.id;
  const audit = actorAudit(ctx);
  const where = { AND: [customerWriteAccessWhere(ctx), { id: customerId }] };

  const changed = await db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirst({
      where,
      select: { id: true, releases: { where: { tenantId }, select: { module: true, level: true } } },
    });
    if (!customer) throw new AccessDeniedError("customer not visible");
    const changes = releaseChanges(levelsFromRows(customer.releases), parsed.data);
    const modules = PORTAL_MODULES.filter((m) => changes[m]);
    if (modules.length === 0) return modules;
    for (const portalModule of modules) {
      const level = parsed.data[portalModule];
      await tx.moduleRelease.upsert({
        where: { customerId_module: { customerId: customer.id, module: portalModule } },
        update: { level, updatedById: actorId },
        create: { tenantId, customerId: customer.id, module: portalModule, level, updatedById: actorId },
      });
    }
    await writeAudit(
      {
        ...audit,
        action: "release.changed",
        entityType: "Customer",
        entityId: customer.id,
        customerId: customer.id,
        data: { changes },
      },
      tx,
    );
    return modules;
  });
  return { ok: true, id: customerId, changed };
}
