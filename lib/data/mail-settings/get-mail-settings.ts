import "server-only";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type MailSettings = {
  /** The stored sender name, "" when the portal's name is used. */
  emailSenderName: string;
  /** What the From header shows while the field is empty. */
  tenantName: string;
};

/** The "Absender" card of settings → E-Mails (owner/admin only). */
export async function getMailSettings(ctx: RequestContext | null): Promise<MailSettings> {
  requireSettingsAdmin(ctx);
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { name: true, emailSenderName: true },
  });
  return { emailSenderName: tenant.emailSenderName ?? "", tenantName: tenant.name };
}
