import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { mailSenderInput } from "../../validation/mail-settings";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type UpdateMailSettingsResult =
  { ok: true; id: string; changed: boolean } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * Saves the sender name of the tenant's e-mails (owner/admin only); empty means the portal's name.
 * E-mails read it when they are queued, so the next one already carries it.
 */
export async function updateMailSettings(ctx: RequestContext | null, input: unknown): Promise<UpdateMailSettingsResult> {
  requireSettingsAdmin(ctx);
  const parsed = mailSenderInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const tenantId = ctx.tenant.id;
  const emailSenderName = parsed.data.emailSenderName || null;
  const changed = await db.$transaction(async (tx) => {
    const current = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { emailSenderName: true } });
    if (current.emailSenderName === emailSenderName) return false;
    await tx.tenant.update({ where: { id: tenantId }, data: { emailSenderName } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "tenant.settingsChanged",
        entityType: "Tenant",
        entityId: tenantId,
        // `fields` like every other settings entry: the audit readers list changed field names from it
        data: { fields: ["emailSenderName"] },
      },
      tx,
    );
    return true;
  });
  return { ok: true, id: tenantId, changed };
}
