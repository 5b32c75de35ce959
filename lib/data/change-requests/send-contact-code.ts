import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { actorAudit } from "../../audit/actor-audit";
import { issueOneTimeCode } from "../../auth/one-time-code/issue-one-time-code";
import { db } from "../../db/client";
import { localeFromDb } from "../../i18n/locales";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { enqueueSms } from "../../jobs/enqueue-message";
import { emailChangeRequestInput, phoneChangeRequestInput } from "../../validation/change-request";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { issueFailure } from "../contact-change/code-failure";
import { emailChangeCodeMail, phoneChangeCodeSms } from "../contact-change/contact-change-messages";
import type { RequestContext } from "../context/types";
import { maskEmail, maskPhone } from "../invitations/mask-contact";
import { CONTACT_CODE_PURPOSE, type ContactKind } from "./contact-code";
import { ownProfileCustomer } from "./own-profile-customer";
import { ALREADY_PENDING, hasPendingRequest, lockCustomer } from "./record-change-request";
import type { ChangeRequestResult } from "./result";

/**
 * Step 1 of asking for a new contact e-mail or mobile number: checks the value, then sends a one-time
 * code to the NEW address/number (the customer proves it is theirs). The request reaches the broker
 * only after the code is entered (confirm-contact-code.ts); until then nothing is stored but the code.
 */
export async function sendContactCode(
  context: RequestContext | null,
  kind: ContactKind,
  input: unknown,
): Promise<ChangeRequestResult<{ sentTo: string; expiresAt: Date }>> {
  const { ctx, customer } = await ownProfileCustomer(context);
  let target: string;
  if (kind === "EMAIL") {
    const parsed = emailChangeRequestInput.safeParse(input);
    if (!parsed.success)
      return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
    target = parsed.data.email;
  } else {
    const parsed = phoneChangeRequestInput.safeParse({ ...(input as object), field: "mobile" });
    if (!parsed.success)
      return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
    target = parsed.data.number as string;
  }
  const current = await db.customer.findFirst({
    where: { id: customer.id, tenantId: ctx.tenant.id },
    select: { email: true, mobile: true },
  });
  const field = kind === "EMAIL" ? "email" : "number";
  if (target === (kind === "EMAIL" ? current?.email?.toLowerCase() : current?.mobile)) {
    return { ok: false, error: "changeRequests.errors.sameValue", field };
  }
  const user = await db.user.findFirst({
    where: { id: ctx.actor.id, tenantId: ctx.tenant.id, status: "ACTIVE" },
    select: { id: true, locale: true },
  });
  if (!user) return { ok: false, error: "common.errors.sessionExpired" };
  const locale = localeFromDb(user.locale ?? ctx.tenant.locale);
  const masked = kind === "EMAIL" ? maskEmail(target) : maskPhone(target);

  return db.$transaction(async (tx): Promise<ChangeRequestResult<{ sentTo: string; expiresAt: Date }>> => {
    await lockCustomer(tx, customer.id);
    if (await hasPendingRequest(tx, { tenantId: ctx.tenant.id, customerId: customer.id, kind })) {
      return { ok: false, error: ALREADY_PENDING };
    }
    const issued = await issueOneTimeCode(tx, {
      tenantId: ctx.tenant.id,
      userId: user.id,
      purpose: CONTACT_CODE_PURPOSE[kind],
      target,
    });
    if (!issued.ok) {
      const failure = issueFailure(issued);
      return { ok: false, error: failure.message, retryAfterSeconds: failure.retryAfterSeconds };
    }
    if (kind === "EMAIL") {
      await enqueueBrandedEmail(tx, {
        tenantId: ctx.tenant.id,
        to: target,
        locale,
        content: emailChangeCodeMail(ctx.tenant, locale, issued.code),
      });
    } else {
      await enqueueSms(tx, { tenantId: ctx.tenant.id, to: target, text: phoneChangeCodeSms(ctx.tenant, locale, issued.code) });
    }
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "changeRequest.codeSent",
        entityType: "Customer",
        entityId: customer.id,
        customerId: customer.id,
        data: { kind, fields: [kind === "EMAIL" ? "email" : "mobile"] },
      },
      tx,
    );
    return { ok: true, sentTo: masked, expiresAt: issued.expiresAt };
  });
}
