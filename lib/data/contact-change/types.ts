/** Which contact the signed-in user changes: their login e-mail or their mobile number. */
export type ContactChannel = "email" | "phone";

/** A refused step: German message ready to show, the form field it belongs to, and a wait if throttled. */
export type ContactChangeFailure = {
  ok: false;
  message: string;
  field?: "newEmail" | "newPhone" | "currentPassword" | "code" | "form";
  retryAfterSeconds?: number;
};

export type ContactChangeRequested = { ok: true; channel: ContactChannel; sentTo: string; expiresAt: Date };
export type ContactChanged = { ok: true; channel: ContactChannel; value: string };

export const CONTACT_NOT_USABLE_MESSAGE = "Diese E-Mail-Adresse kann nicht verwendet werden.";
