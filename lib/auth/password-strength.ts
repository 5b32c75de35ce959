import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnDe from "@zxcvbn-ts/language-de";
import type { MessageKey, Msg } from "../i18n/message-key";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../validation/limits";

// Client-safe on purpose (no server-only imports): the strength meter loads this module with a
// dynamic import, so the dictionaries (~1 MB) stay out of the first bundle. The server-side policy
// (password-policy.ts) uses the same configured instance, so meter and server judge alike.

export type PersonalData = { email?: string | null; firstName?: string | null; lastName?: string | null };
export type StrengthScore = 0 | 1 | 2 | 3 | 4;
/** Label and feedback are catalog keys; the meter translates them in the visitor's language. */
export type PasswordStrength = { score: StrengthScore; label: MessageKey; feedback: Msg | null };

const LABELS: Record<StrengthScore, MessageKey> = {
  0: "onboarding.password.strength.levels.veryWeak",
  1: "onboarding.password.strength.levels.weak",
  2: "onboarding.password.strength.levels.fair",
  3: "onboarding.password.strength.levels.strong",
  4: "onboarding.password.strength.levels.veryStrong",
};

// Mail providers say nothing about the person; refusing "gmx" or "web" in a password only annoys.
const FREEMAIL_LABELS = new Set([
  "aol",
  "freenet",
  "gmail",
  "gmx",
  "googlemail",
  "hotmail",
  "icloud",
  "live",
  "mailbox",
  "me",
  "outlook",
  "posteo",
  "proton",
  "protonmail",
  "t-online",
  "web",
  "yahoo",
]);

let instance: ZxcvbnFactory | undefined;

/** The one configured zxcvbn instance (built on first use: ranking the dictionaries costs ~100 ms). */
export function getZxcvbn(): ZxcvbnFactory {
  instance ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnDe.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    // No translations: zxcvbn then reports bare keys ("keyPattern"), which the catalog translates
    // (onboarding.password.strength.warnings/suggestions) into the visitor's language.
    // Bounds the work per check (worst case ~70 ms for 128 l33t-like characters instead of ~300 ms).
    // Levenshtein matching stays off: it costs 100–700 ms per check, too slow per keystroke and
    // blocking on the server, and only adds near-misses of whole common passwords.
    l33tMaxSubstitutions: 20,
  });
  return instance;
}

/** Length in Unicode code points after NFC, so "ä" and "😀" count as one character each. */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

/**
 * Words from the user's own data a password must not contain: the e-mail local part (whole and
 * split at . _ - +), the e-mail domain label (not for freemail providers), first and last name
 * (whole and split at spaces/hyphens). Lower-case, only parts of at least 3 characters.
 */
export function personalWords(personal: PersonalData): string[] {
  const words = new Set<string>();
  const add = (value: string | null | undefined) => {
    const v = value?.normalize("NFC").trim().toLowerCase();
    if (v && [...v].length >= 3) words.add(v);
  };
  const email = personal.email?.trim().toLowerCase() ?? "";
  const at = email.lastIndexOf("@");
  if (at > 0) {
    const local = email.slice(0, at);
    add(local);
    local.split(/[._+-]+/).forEach(add);
    const labels = email.slice(at + 1).split(".");
    // "max@mail.mustermann-gmbh.de" → "mustermann-gmbh": the label just before the top-level domain
    const domainLabel = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    if (domainLabel && !FREEMAIL_LABELS.has(domainLabel)) {
      add(domainLabel);
      domainLabel.split("-").forEach(add);
    }
  }
  for (const name of [personal.firstName, personal.lastName]) {
    add(name);
    name?.split(/[\s-]+/).forEach(add);
  }
  return [...words];
}

/** True when the password contains one of personalWords() (case-insensitive). */
export function containsPersonalWord(password: string, personal: PersonalData): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  return personalWords(personal).some((word) => lower.includes(word));
}

function checkWithZxcvbn(password: string, personal: PersonalData): ZxcvbnResult {
  return getZxcvbn().check(password, personalWords(personal));
}

/** Strength for the meter; the rule that decides acceptance is checkNewPassword (password-policy.ts). */
export function passwordStrength(password: string, personal: PersonalData = {}): PasswordStrength {
  if (!password) return { score: 0, label: LABELS[0], feedback: null };
  const length = passwordLength(password);
  if (length > PASSWORD_MAX_LENGTH) {
    return { score: 0, label: LABELS[0], feedback: "onboarding.password.strength.tooLong" };
  }
  if (containsPersonalWord(password, personal)) {
    // The policy refuses it, so the meter must not call it strong.
    return { score: 0, label: LABELS[0], feedback: "onboarding.password.strength.personal" };
  }
  const result = checkWithZxcvbn(password, personal);
  const score = result.score as StrengthScore;
  if (length < PASSWORD_MIN_LENGTH) {
    // Short passwords are refused whatever zxcvbn thinks, so the meter never calls them strong.
    const capped = Math.min(score, 1) as StrengthScore;
    const missing = PASSWORD_MIN_LENGTH - length;
    return {
      score: capped,
      label: LABELS[capped],
      feedback: { key: "onboarding.password.strength.missing", values: { missing } },
    };
  }
  return { score, label: LABELS[score], feedback: zxcvbnFeedback(result) };
}

/** zxcvbn's warning (else its first suggestion) as a catalog key. */
function zxcvbnFeedback(result: ZxcvbnResult): Msg | null {
  const { warning, suggestions } = result.feedback;
  if (warning) return `onboarding.password.strength.warnings.${warning}` as MessageKey;
  return suggestions[0] ? (`onboarding.password.strength.suggestions.${suggestions[0]}` as MessageKey) : null;
}

/** zxcvbn's verdict, for the server-side policy. */
export function zxcvbnResult(password: string, personal: PersonalData = {}): ZxcvbnResult {
  return checkWithZxcvbn(password, personal);
}
