"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateMailSettings } from "@/lib/data/mail-settings/update-mail-settings";
import type { MailSenderInput } from "@/lib/validation/mail-settings";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Absendername speichern" on settings → E-Mails (owner/admin only). */
export async function updateMailSettingsAction(input: MailSenderInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await updateMailSettings(ctx, input);
    if (result.ok) revalidatePath("/broker/settings/emails");
    return writeResult(result);
  });
}
