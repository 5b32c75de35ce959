import type { CodePurpose } from "../../db/generated/client";

/**
 * Which one-time-code purpose confirms a new contact e-mail / mobile number for a change request.
 * Own purposes: a CHANGE_* code would be offered by /portal/security as a change of the LOGIN address,
 * a REGISTER_* code belongs to the registration flow.
 */
export const CONTACT_CODE_PURPOSE = {
  EMAIL: "CONFIRM_CONTACT_EMAIL",
  PHONE: "CONFIRM_CONTACT_PHONE",
} as const satisfies Record<"EMAIL" | "PHONE", CodePurpose>;

export type ContactKind = keyof typeof CONTACT_CODE_PURPOSE;
