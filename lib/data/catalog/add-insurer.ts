import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";

export const insurerInput = z.object({
  name: z.string().trim().min(2, "contracts.validation.insurerNameRequired").max(140, "contracts.validation.tooLong"),
});

/**
 * Adds an insurer to the tenant's own catalog (the shared one has the common ones). A name that
 * already exists, shared or own, is reused instead of duplicated.
 */
export async function addInsurer(
  ctx: RequestContext | null,
  input: z.input<typeof insurerInput>,
): Promise<{ ok: true; id: string; name: string } | { ok: false; error: Msg }> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const parsed = insurerInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: (parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg };
  const existing = await db.insurer.findFirst({
    where: { OR: [{ tenantId: null }, { tenantId: ctx.tenant.id }], name: { equals: parsed.data.name, mode: "insensitive" } },
    select: { id: true, name: true },
  });
  if (existing) return { ok: true, ...existing };
  const insurer = await db.insurer.create({
    data: { tenantId: ctx.tenant.id, name: parsed.data.name, country: ctx.tenant.currency === "CHF" ? "CH" : "DE" },
    select: { id: true, name: true },
  });
  await writeAudit({
    ...actorAudit(ctx),
    action: "catalog.insurer_added",
    entityType: "Insurer",
    entityId: insurer.id,
  });
  return { ok: true, ...insurer };
}
