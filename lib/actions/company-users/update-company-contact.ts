"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateCompanyContact } from "@/lib/data/company-users/update-company-contact";
import type { ContactPersonInput } from "@/lib/validation/contact-person";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** Saves a contact person of the user manager's own company. */
export async function updateCompanyContactAction(id: string, input: ContactPersonInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(id).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = writeResult(await updateCompanyContact(ctx, id, input));
    if (result.ok) revalidatePath("/portal/company/contacts", "layout");
    return result;
  });
}
