import "server-only";
import type { Prisma } from "../../db/generated/client";
import { hiddenLevels, levelsFromJson, PORTAL_MODULES } from "../../validation/releases";
import { releaseChanges } from "../releases/release-diff";
import type { ImporterContext } from "./import-access";

/**
 * The bulk counterpart of applyDefaultReleases (lib/data/releases) for customers the import
 * creates: the office's default template gives every new customer the same starting levels, with
 * the same audit entry per customer — in one query for the template and batched inserts instead of four statements per customer.
 */
export async function defaultReleasesFor(
  tx: Prisma.TransactionClient,
  ctx: ImporterContext,
  customerIds: readonly string[],
): Promise<{ releases: Prisma.ModuleReleaseCreateManyInput[]; auditData: Prisma.InputJsonObject | null }> {
  const none = { releases: [], auditData: null };
  if (customerIds.length === 0) return none;
  const tenantId = ctx.tenant.id;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { defaultReleaseTemplateId: true } });
  if (!tenant.defaultReleaseTemplateId) return none;
  const template = await tx.releaseTemplate.findFirst({
    where: { id: tenant.defaultReleaseTemplateId, tenantId },
    select: { id: true, levels: true },
  });
  if (!template) return none;
  const levels = levelsFromJson(template.levels);
  const modules = PORTAL_MODULES.filter((m) => levels[m] !== "HIDDEN");
  if (modules.length === 0) return none;
  return {
    releases: customerIds.flatMap((customerId) =>
      modules.map((module) => ({ tenantId, customerId, module, level: levels[module], updatedById: ctx.actor.id })),
    ),
    // what applyDefaultReleases audits as "release.changed" for each customer
    auditData: { changes: releaseChanges(hiddenLevels(), levels), templateId: template.id },
  };
}
