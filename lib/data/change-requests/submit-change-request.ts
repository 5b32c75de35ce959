import "server-only";
import { db } from "../../db/client";
import { addressChangeInput, bankAccountChangeInput, phoneChangeRequestInput } from "../../validation/change-request";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { ownProfileCustomer } from "./own-profile-customer";
import { recordChangeRequest } from "./record-change-request";
import type { ChangeRequestResult } from "./result";

export type DirectChangeKind = "ADDRESS" | "BANK_ACCOUNT" | "LANDLINE";

/**
 * A change request that needs no proof of ownership: a new address, a new bank account (IBAN
 * checked), a new landline number (it cannot receive a code). E-mail and mobile go through
 * send-contact-code.ts / confirm-contact-code.ts instead. Nothing is stored when the input is wrong.
 */
export async function submitChangeRequest(
  context: RequestContext | null,
  kind: DirectChangeKind,
  input: unknown,
): Promise<ChangeRequestResult<{ id: string }>> {
  const { ctx, customer } = await ownProfileCustomer(context);
  const parsed =
    kind === "ADDRESS"
      ? addressChangeInput.safeParse(input)
      : kind === "BANK_ACCOUNT"
        ? bankAccountChangeInput.safeParse(input)
        : phoneChangeRequestInput.safeParse({ ...(input as object), field: "phone" });
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const payload = { ...parsed.data };
  return db.$transaction((tx) =>
    recordChangeRequest(tx, ctx, customer, kind === "LANDLINE" ? "PHONE" : kind, payload as Record<string, string | null>),
  );
}
