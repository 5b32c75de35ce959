"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { saveEmailPreferences } from "@/lib/data/notifications/save-email-preferences";
import type { EmailPreferences, EmailPreferencesInput } from "@/lib/validation/email-preferences";
import { refuseDenied } from "../refuse-denied";

/** The "E-Mail-Benachrichtigungen" form on /portal/notifications. */
export async function saveEmailPreferencesAction(input: EmailPreferencesInput): Promise<ActionResult<EmailPreferences>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await saveEmailPreferences(ctx, input);
    return result.ok ? { ok: true, data: result.preferences } : result;
  });
}
