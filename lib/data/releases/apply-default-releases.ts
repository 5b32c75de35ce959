import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";
import { hiddenLevels, levelsFromJson, PORTAL_MODULES } from "../../validation/releases";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { releaseChanges } from "./release-diff";

type Tx = Pick<Prisma.TransactionClient, "tenant" | "releaseTemplate" | "moduleRelease" | "auditLog">;

/**
 * Gives a customer who was just created the levels of the office's default template, inside the
 * transaction that creates them (the caller has already checked the right to create customers).
 * Without a default nothing is written: no row means HIDDEN. Returns the template id used, or null.
 */
export async function applyDefaultReleases(tx: Tx, ctx: RequestContext | null, customerId: string): Promise<string | null> {
  requireStaff(ctx);
  const tenantId = ctx.tenant.id;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { defaultReleaseTemplateId: true } });
  if (!tenant.defaultReleaseTemplateId) return null;
  const template = await tx.releaseTemplate.findFirst({
    where: { id: tenant.defaultReleaseTemplateId, tenantId },
    select: { id: true, levels: true },
  });
  if (!template) return null;
  const levels = levelsFromJson(template.levels);
  const modules = PORTAL_MODULES.filter((m) => levels[m] !== "HIDDEN");
  if (modules.length === 0) return template.id;
  await tx.moduleRelease.createMany({
    data: modules.map((module) => ({ tenantId, customerId, module, level: levels[module], updatedById: ctx.actor.id })),
  });
  await writeAudit(
    {
      ...actorAudit(ctx),
      action: "release.changed",
      entityType: "Customer",
      entityId: customerId,
      customerId,
      data: { changes: releaseChanges(hiddenLevels(), levels), templateId: template.id },
    },
    tx,
  );
  return template.id;
}
