"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setDocumentVisibility } from "@/lib/data/documents/set-document-visibility";
import { documentVisibilityInput, type DocumentVisibilityInput } from "@/lib/validation/document-upload";
import { refuseDenied } from "../refuse-denied";

/** Shows a document to the customer or hides it again. */
export async function setDocumentVisibilityAction(input: DocumentVisibilityInput): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = documentVisibilityInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    await setDocumentVisibility(ctx, parsed.data);
    return { ok: true, data: null };
  });
}
