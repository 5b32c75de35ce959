import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { verifyOneTimeCode } from "../../auth/one-time-code/verify-one-time-code";
import { now } from "../../clock";
import { db, Prisma } from "../../db/client";
import { localeFromDb } from "../../i18n/locales";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { enqueueSms } from "../../jobs/enqueue-message";
import { confirmContactChangeInput } from "../../validation/contact-change";
import type { RequestContext } from "../context/types";
import { maskEmail, maskPhone, normalizeMobile } from "../invitations/mask-contact";
import { checkFailure } from "./code-failure";
import { contactChangeAudit } from "./contact-change-audit";
import { emailChangedNotice, phoneChangedNotice, phoneChangedSms } from "./contact-change-messages";
import { fieldFailure } from "./field-failure";
import { ownContactUser } from "./own-contact-user";
import { CONTACT_NOT_USABLE_MESSAGE, type ContactChangeFailure, type ContactChanged } from "./types";

const START_AGAIN: ContactChangeFailure = {
  ok: false,
  field: "code",
  message: "account.contact.errors.startAgain",
};

/**
 * Step 2: the code sent to the new address/number proves it belongs to the user. Then the login
 * e-mail (lower-case) or mobile number (E.164) changes and counts as verified; a customer's own
 * master record follows only where it still held the old value (other changes to master data are
 * change requests to the broker). The OLD address/number gets a notice, in the same transaction.
 */
export async function confirmContactChange(
  context: RequestContext | null,
  input: unknown,
): Promise<ContactChanged | ContactChangeFailure> {
  const { ctx, user } = await ownContactUser(context);
  const parsed = confirmContactChangeInput.safeParse(input);
  if (!parsed.success) return fieldFailure(parsed.error.issues);
  const { channel, code } = parsed.data;
  const scope = { tenantId: ctx.tenant.id, userId: user.id };
  const audit = contactChangeAudit(ctx, user);
  const locale = localeFromDb(user.locale ?? ctx.tenant.locale);

  try {
    // Wrong codes return (never throw) so the counted attempt commits.
    return await db.$transaction(async (tx): Promise<ContactChanged | ContactChangeFailure> => {
      const check = await verifyOneTimeCode(tx, {
        ...scope,
        purpose: channel === "email" ? "CHANGE_EMAIL" : "CHANGE_PHONE",
        code,
      });
      if (!check.ok) return checkFailure(check);
      const at = now();

      if (channel === "email") {
        const email = check.target?.trim().toLowerCase() ?? "";
        if (!email.includes("@") || email === user.email) return START_AGAIN;
        const taken = await tx.user.findFirst({
          where: { tenantId: ctx.tenant.id, email, NOT: { id: user.id } },
          select: { id: true },
        });
        if (taken) return { ok: false, field: "code", message: CONTACT_NOT_USABLE_MESSAGE };
        await tx.user.update({ where: { id: user.id, tenantId: ctx.tenant.id }, data: { email, emailVerifiedAt: at } });
        if (user.customerId) {
          await tx.customer.updateMany({
            where: { id: user.customerId, tenantId: ctx.tenant.id, email: { equals: user.email, mode: "insensitive" } },
            data: { email },
          });
        }
        await enqueueBrandedEmail(tx, {
          tenantId: ctx.tenant.id,
          to: user.email,
          locale,
          content: emailChangedNotice(ctx.tenant, locale, { to: maskEmail(email) }),
        });
        await writeAudit(
          { ...audit, action: "auth.email_changed", data: { from: maskEmail(user.email), to: maskEmail(email) } },
          tx,
        );
        return { ok: true, channel, value: email };
      }

      const phone = check.target ? normalizeMobile(check.target) : null;
      if (!phone) return START_AGAIN;
      await tx.user.update({ where: { id: user.id, tenantId: ctx.tenant.id }, data: { phone, phoneVerifiedAt: at } });
      if (user.customerId && user.phone) {
        await tx.customer.updateMany({
          where: { id: user.customerId, tenantId: ctx.tenant.id, mobile: user.phone },
          data: { mobile: phone },
        });
      }
      await enqueueBrandedEmail(tx, {
        tenantId: ctx.tenant.id,
        to: user.email,
        locale,
        content: phoneChangedNotice(ctx.tenant, locale, { to: maskPhone(phone) }),
      });
      if (user.phone && user.phone !== phone) {
        await enqueueSms(tx, { tenantId: ctx.tenant.id, to: user.phone, text: phoneChangedSms(ctx.tenant, locale) });
      }
      await writeAudit(
        {
          ...audit,
          action: "auth.phone_changed",
          data: { from: user.phone ? maskPhone(user.phone) : null, to: maskPhone(phone) },
        },
        tx,
      );
      return { ok: true, channel, value: phone };
    });
  } catch (error) {
    // Another account took the address between our check and the update (unique tenantId+email).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "code", message: CONTACT_NOT_USABLE_MESSAGE };
    }
    throw error;
  }
}
