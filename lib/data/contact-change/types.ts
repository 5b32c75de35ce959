import type { Msg } from "../../i18n/message-key";

/** Which contact the signed-in user changes: their login e-mail or their mobile number. */
export type ContactChannel = "email" | "phone";

/** A refused step: the message (catalog key), the form field it belongs to, and a wait if throttled. */
export type ContactChangeFailure = {
  ok: false;
  message: Msg;
  field?: "newEmail" | "newPhone" | "currentPassword" | "code" | "form";
  retryAfterSeconds?: number;
};

export type ContactChangeRequested = { ok: true; channel: ContactChannel; sentTo: string; expiresAt: Date };
export type ContactChanged = { ok: true; channel: ContactChannel; value: string };

export const CONTACT_NOT_USABLE_MESSAGE: Msg = "account.contact.errors.notUsable";
