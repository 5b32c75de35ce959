import { z } from "zod";

// Messages are catalog keys (lib/i18n/messages/*/account.json); the form translates them.

// Same rule as normalizeMobile (lib/data/invitations/mask-contact.ts), repeated here because forms
// may not import the data layer; the data layer normalises again and is the authority.
const MOBILE = /^\+[1-9]\d{7,14}$/;
const compactMobile = (raw: string) => raw.replace(/[\s\-/().]/g, "").replace(/^00/, "+");

const INVALID_FORM = { error: "common.errors.checkInput" };

const currentPassword = z
  .string({ error: "account.validation.currentPasswordRequired" })
  .min(1, "account.validation.currentPasswordRequired")
  .max(256, "account.validation.passwordTooLong");

export const requestEmailChangeInput = z.object(
  {
    newEmail: z
      .string({ error: "account.validation.newEmailRequired" })
      .max(254, "account.validation.emailTooLong")
      .trim()
      .min(1, "account.validation.newEmailRequired")
      .pipe(z.email("account.validation.emailInvalid"))
      .transform((v) => v.toLowerCase()),
    currentPassword,
  },
  INVALID_FORM,
);
export type RequestEmailChangeInput = z.input<typeof requestEmailChangeInput>;

export const requestPhoneChangeInput = z.object(
  {
    newPhone: z
      .string({ error: "account.validation.newPhoneRequired" })
      .max(40, "account.validation.phoneTooLong")
      .trim()
      .min(1, "account.validation.newPhoneRequired")
      .transform(compactMobile)
      .refine((v) => MOBILE.test(v), "account.validation.phoneFormat"),
    currentPassword,
  },
  INVALID_FORM,
);
export type RequestPhoneChangeInput = z.input<typeof requestPhoneChangeInput>;

export const confirmContactChangeInput = z.object(
  {
    channel: z.enum(["email", "phone"], { error: "account.errors.invalidRequest" }),
    code: z
      .string({ error: "account.validation.codeSixDigits" })
      .max(20, "account.validation.codeSixDigits")
      .transform((v) => v.replace(/\s/g, ""))
      .refine((v) => /^\d{6}$/.test(v), "account.validation.codeSixDigits"),
  },
  INVALID_FORM,
);
export type ConfirmContactChangeInput = z.input<typeof confirmContactChangeInput>;
