import "server-only";
import { verifyOneTimeCode } from "../../auth/one-time-code/verify-one-time-code";
import { db } from "../../db/client";
import { contactCodeInput, emailChangeRequestInput, phoneChangeRequestInput } from "../../validation/change-request";
import { checkFailure } from "../contact-change/code-failure";
import type { RequestContext } from "../context/types";
import { CONTACT_CODE_PURPOSE, type ContactKind } from "./contact-code";
import { ownProfileCustomer } from "./own-profile-customer";
import { recordChangeRequest } from "./record-change-request";
import type { ChangeRequestResult } from "./result";

/**
 * Step 2: the code sent to the new e-mail address / mobile number. The value comes from the code row
 * (what the code was sent to), never from the client, so a request always holds a verified value.
 * A wrong code is counted and the transaction still commits (the caller never throws for it).
 */
export async function confirmContactCode(
  context: RequestContext | null,
  kind: ContactKind,
  input: unknown,
): Promise<ChangeRequestResult<{ id: string }>> {
  const { ctx, customer } = await ownProfileCustomer(context);
  const parsed = contactCodeInput.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "changeRequests.validation.codeSixDigits";
    return { ok: false, error: message as "changeRequests.validation.codeSixDigits", field: "code" };
  }
  return db.$transaction(async (tx): Promise<ChangeRequestResult<{ id: string }>> => {
    const check = await verifyOneTimeCode(tx, {
      tenantId: ctx.tenant.id,
      userId: ctx.actor.id,
      purpose: CONTACT_CODE_PURPOSE[kind],
      code: parsed.data.code,
    });
    if (!check.ok) {
      const failure = checkFailure(check);
      return { ok: false, error: failure.message, field: "code", retryAfterSeconds: failure.retryAfterSeconds };
    }
    // Re-check the stored target with today's rules (never trust an old row blindly).
    const payload =
      kind === "EMAIL"
        ? emailChangeRequestInput.safeParse({ email: check.target ?? "" })
        : phoneChangeRequestInput.safeParse({ field: "mobile", number: check.target ?? "" });
    if (!payload.success) return { ok: false, error: "changeRequests.errors.startAgain", field: "code" };
    return recordChangeRequest(tx, ctx, customer, kind, { ...payload.data } as Record<string, string>);
  });
}
