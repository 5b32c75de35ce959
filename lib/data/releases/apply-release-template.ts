import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { fieldErrorsFrom } from "../../validation/field-errors";
import {
  applyReleaseTemplateInput,
  levelsFromJson,
  PORTAL_MODULES,
  TEMPLATE_NOT_FOUND,
  type ApplyReleaseTemplateInput,
} from "../../validation/releases";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { levelsFromRows, releaseChanges, type ReleaseChanges } from "./release-diff";

export type ApplyTemplateResult =
  | {
      ok: true;
      /** customers whose levels changed (one audit entry each) */
      changed: number;
      /** visible customers that already had exactly these levels */
      unchanged: number;
      /** ids not visible to the actor (other tenant, other advisor, unknown): left alone */
      skipped: number;
    }
  | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * Gives up to 1,000 customers the levels of one template in one transaction. Only customers the actor
 * may see are touched; the writes are grouped per module (a template has one level per module), so the
 * cost stays a handful of statements however many customers are chosen.
 */
export async function applyReleaseTemplate(
  ctx: RequestContext | null,
  input: ApplyReleaseTemplateInput,
): Promise<ApplyTemplateResult> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const parsed = applyReleaseTemplateInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  const { templateId, customerIds } = parsed.data;
  const tenantId = ctx.tenant.id;
  const actorId = ctx.actor.id;
  const audit = actorAudit(ctx);

  return db.$transaction(
    async (tx) => {
      const template = await tx.releaseTemplate.findFirst({ where: { id: templateId, tenantId }, select: { levels: true } });
      if (!template) return { ok: false, field: "templateId", error: TEMPLATE_NOT_FOUND } as const;
      const levels = levelsFromJson(template.levels);
      const customers = await tx.customer.findMany({
        where: { AND: [customerWriteAccessWhere(ctx), { id: { in: customerIds } }] },
        select: { id: true, releases: { where: { tenantId }, select: { module: true, level: true } } },
      });
      const changed: { id: string; changes: ReleaseChanges; stored: Set<string> }[] = [];
      for (const c of customers) {
        const changes = releaseChanges(levelsFromRows(c.releases), levels);
        if (Object.keys(changes).length > 0)
          changed.push({ id: c.id, changes, stored: new Set(c.releases.map((r) => r.module)) });
      }

      for (const portalModule of PORTAL_MODULES) {
        const level = levels[portalModule];
        const affected = changed.filter((c) => c.changes[portalModule]);
        if (affected.length === 0) continue;
        const missing = affected.filter((c) => !c.stored.has(portalModule)).map((c) => c.id);
        // skipDuplicates + the update below: a row a concurrent save created meanwhile still ends at this level.
        if (missing.length > 0) {
          await tx.moduleRelease.createMany({
            data: missing.map((customerId) => ({ tenantId, customerId, module: portalModule, level, updatedById: actorId })),
            skipDuplicates: true,
          });
        }
        await tx.moduleRelease.updateMany({
          where: { tenantId, module: portalModule, customerId: { in: affected.map((c) => c.id) } },
          data: { level, updatedById: actorId },
        });
      }
      // One insert for all entries; the same columns writeAudit (lib/audit/write-audit.ts) fills one by one.
      if (changed.length > 0) {
        await tx.auditLog.createMany({
          data: changed.map((c) => ({
            tenantId: audit.tenantId,
            actorUserId: audit.actorUserId,
            actorKind: audit.actorKind,
            action: "release.changed",
            entityType: "Customer",
            entityId: c.id,
            customerId: c.id,
            ip: audit.ip ?? null,
            userAgent: audit.userAgent?.slice(0, 300) ?? null,
            data: { changes: c.changes, templateId },
          })),
        });
      }
      return {
        ok: true,
        changed: changed.length,
        unchanged: customers.length - changed.length,
        skipped: customerIds.length - customers.length,
      } as const;
    },
    // up to 1,000 customers × 8 modules plus as many audit rows: more than the 5 s default on a busy machine
    { timeout: 30_000 },
  );
}
