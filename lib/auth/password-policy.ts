import type { MessageKey } from "../i18n/message-key";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../validation/limits";
import { containsPersonalWord, passwordLength, zxcvbnResult, type PersonalData } from "./password-strength";

export type PasswordPolicyCode = "too_short" | "too_long" | "common" | "personal";
export type PasswordPolicyResult = { ok: true } | { ok: false; code: PasswordPolicyCode; message: MessageKey };

// Catalog keys; the limits are filled in when the message is translated.
const MESSAGES: Record<PasswordPolicyCode, MessageKey> = {
  too_short: "onboarding.password.validation.tooShort",
  too_long: "onboarding.password.validation.tooLong",
  common: "onboarding.password.validation.common",
  personal: "onboarding.password.validation.personal",
};

const refuse = (code: PasswordPolicyCode): PasswordPolicyResult => ({ ok: false, code, message: MESSAGES[code] });

/**
 * NIST SP 800-63B-4 rules for a new password (security.md item 6): 12–128 characters counted as
 * Unicode code points, no composition rules, not built from a blocklist of common passwords, and
 * not containing the user's name or e-mail. Call it on the server before hashing.
 */
export function checkNewPassword(password: string, personal: PersonalData): PasswordPolicyResult {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return refuse("too_short");
  if (length > PASSWORD_MAX_LENGTH) return refuse("too_long");

  if (containsPersonalWord(password, personal)) return refuse("personal");

  // The blocklist is zxcvbn's "passwords-common" list (top passwords from breaches) plus German
  // and common word lists, keyboard patterns, sequences, dates, repeats and l33t variants. Rule:
  // refuse when zxcvbn scores the password ≤ 2 (it can rebuild it from those entries in fewer than
  // 10^8 guesses – exactly what an offline attacker tries first), or when the whole password is a
  // single entry of the common-password list (also l33t/reversed/near-miss). Score 3 (10^8–10^10)
  // is accepted: NIST warns that stricter rules push users to worse workarounds, and Argon2id plus
  // throttling make online guessing of such passwords impractical.
  const result = zxcvbnResult(password, personal);
  const wholeCommon =
    result.sequence.length === 1 &&
    result.sequence[0]?.pattern === "dictionary" &&
    result.sequence[0].dictionaryName === "passwords-common";
  if (result.score <= 2 || wholeCommon) return refuse("common");

  return { ok: true };
}
