"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateLegalTexts } from "@/lib/data/legal/update-legal-texts";
import type { LegalTextField, LegalTextsInput } from "@/lib/validation/legal-texts";

/** "Speichern" of a section on the legal-texts page; the answer carries the text as it was stored. */
export async function updateLegalTextsAction(
  input: LegalTextsInput,
): Promise<ActionResult<{ changed: LegalTextField[]; stored: Partial<Record<LegalTextField, string>> }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await updateLegalTexts(ctx, input);
    if (!result.ok) return result;
    if (result.changed.length > 0) {
      // the banner on every broker page, the settings page and both public pages
      revalidatePath("/broker", "layout");
      revalidatePath("/impressum");
      revalidatePath("/datenschutz");
    }
    return { ok: true, data: { changed: result.changed, stored: result.stored } };
  });
}
