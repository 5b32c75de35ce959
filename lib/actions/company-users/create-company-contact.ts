"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { createCompanyContact } from "@/lib/data/company-users/create-company-contact";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { ContactPersonInput } from "@/lib/validation/contact-person";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Neuer Kontakt" of the user manager; the result id is the new contact's. */
export async function createCompanyContactAction(input: ContactPersonInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await createCompanyContact(ctx, input));
    if (result.ok) revalidatePath("/portal/company/contacts");
    return result;
  });
}
