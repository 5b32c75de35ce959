import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { issueOneTimeCode } from "../../auth/one-time-code/issue-one-time-code";
import { db } from "../../db/client";
import { localeFromDb } from "../../i18n/locales";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { enqueueSms } from "../../jobs/enqueue-message";
import { requestEmailChangeInput, requestPhoneChangeInput } from "../../validation/contact-change";
import type { RequestContext } from "../context/types";
import { maskEmail, maskPhone, normalizeMobile } from "../invitations/mask-contact";
import { issueFailure } from "./code-failure";
import { contactChangeAudit } from "./contact-change-audit";
import { emailChangeCodeMail, phoneChangeCodeSms } from "./contact-change-messages";
import { fieldFailure } from "./field-failure";
import { ownContactUser } from "./own-contact-user";
import { reauthenticate } from "./reauthenticate";
import { CONTACT_NOT_USABLE_MESSAGE, type ContactChangeFailure, type ContactChangeRequested, type ContactChannel } from "./types";

/**
 * Step 1 of changing the own login e-mail or mobile number (security.md 13): checks the input,
 * re-authenticates with the current password, then sends a one-time code to the NEW address or
 * number. Nothing changes on the account until the code is confirmed (confirm-contact-change.ts).
 */
export async function requestContactChange(
  context: RequestContext | null,
  channel: ContactChannel,
  input: unknown,
): Promise<ContactChangeRequested | ContactChangeFailure> {
  const { ctx, user } = await ownContactUser(context);

  let target: string;
  let password: string;
  if (channel === "email") {
    const parsed = requestEmailChangeInput.safeParse(input);
    if (!parsed.success) return fieldFailure(parsed.error.issues);
    target = parsed.data.newEmail;
    password = parsed.data.currentPassword;
  } else {
    const parsed = requestPhoneChangeInput.safeParse(input);
    if (!parsed.success) return fieldFailure(parsed.error.issues);
    const phone = normalizeMobile(parsed.data.newPhone);
    if (!phone) return { ok: false, field: "newPhone", message: "account.validation.phoneInvalid" };
    target = phone;
    password = parsed.data.currentPassword;
  }

  // Password first: without it, nobody learns whether an address is taken.
  const refused = await reauthenticate(ctx, user, password, channel === "email" ? "email_change" : "phone_change");
  if (refused) return refused;

  if (channel === "email") {
    if (target === user.email.toLowerCase()) {
      return { ok: false, field: "newEmail", message: "account.contact.errors.sameEmail" };
    }
    const taken = await db.user.findFirst({
      where: { tenantId: ctx.tenant.id, email: target, NOT: { id: user.id } },
      select: { id: true },
    });
    if (taken) return { ok: false, field: "newEmail", message: CONTACT_NOT_USABLE_MESSAGE };
  } else if (target === user.phone) {
    return { ok: false, field: "newPhone", message: "account.contact.errors.samePhone" };
  }

  const masked = channel === "email" ? maskEmail(target) : maskPhone(target);
  const locale = localeFromDb(user.locale ?? ctx.tenant.locale);
  return db.$transaction(async (tx): Promise<ContactChangeRequested | ContactChangeFailure> => {
    const issued = await issueOneTimeCode(tx, {
      tenantId: ctx.tenant.id,
      userId: user.id,
      purpose: channel === "email" ? "CHANGE_EMAIL" : "CHANGE_PHONE",
      target,
    });
    if (!issued.ok) return issueFailure(issued);
    if (channel === "email") {
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
        ...contactChangeAudit(ctx, user),
        action: channel === "email" ? "auth.email_change_requested" : "auth.phone_change_requested",
        data: { to: masked },
      },
      tx,
    );
    return { ok: true, channel, sentTo: masked, expiresAt: issued.expiresAt };
  });
}
