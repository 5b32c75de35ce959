"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateOfficeContact } from "@/lib/data/tenant-settings/update-office-contact";
import type { OfficeContactInput } from "@/lib/validation/tenant-settings";

/** "Kontaktdaten speichern" on Einstellungen → Allgemein; `changed` is how many fields were different. */
export async function updateOfficeContactAction(input: OfficeContactInput): Promise<ActionResult<{ changed: number }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await updateOfficeContact(ctx, input);
    if (!result.ok) return result;
    // the customers' contact card, the registration page and the settings page show them
    if (result.changed.length > 0) revalidatePath("/", "layout");
    return { ok: true, data: { changed: result.changed.length } };
  });
}
