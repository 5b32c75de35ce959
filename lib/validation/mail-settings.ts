import { z } from "zod";

export const EMAIL_SENDER_NAME_MAX = 80;

// Quotes and angle brackets would end the display name of the From header, line breaks would start a
// new header; the form refuses them (lib/mail/branded/sender-address.ts strips them again on sending).
const UNSAFE_SENDER = /["<>\r\n\u2028\u2029]/;

/** "Absendername": empty means "use the portal's name". Messages are catalog keys (mail-preview.json). */
export const mailSenderInput = z.strictObject({
  emailSenderName: z
    .string({ error: "mailPreview.errors.senderTooLong" })
    .trim()
    .max(EMAIL_SENDER_NAME_MAX, "mailPreview.errors.senderTooLong")
    .refine((v) => !UNSAFE_SENDER.test(v), "mailPreview.errors.senderInvalidCharacters"),
});
export type MailSenderInput = z.input<typeof mailSenderInput>;

/** The e-mails the owner can preview (settings → E-Mails), in the order of the select. */
export const MAIL_PREVIEW_TEMPLATES = [
  "invitation",
  "registrationCode",
  "passwordReset",
  "passwordChanged",
  "newMessage",
  "newDocument",
  "staffInvitation",
  "securityNotice",
] as const;
export type MailPreviewTemplate = (typeof MAIL_PREVIEW_TEMPLATES)[number];

export const mailPreviewInput = z.strictObject({
  template: z.enum(MAIL_PREVIEW_TEMPLATES, { error: "mailPreview.errors.unknownTemplate" }),
  language: z.enum(["de", "en"], { error: "mailPreview.errors.unknownTemplate" }),
});
