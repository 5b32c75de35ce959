"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { updateContactPerson } from "@/lib/data/contacts/update-contact-person";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { ContactPersonInput } from "@/lib/validation/contact-person";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function updateContactPersonAction(
  contactPersonId: string,
  input: ContactPersonInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(contactPersonId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await updateContactPerson(ctx, contactPersonId, input)));
}
