import type { Msg } from "../i18n/message-key";

/** Error codes next-auth hands to the login form (shared by server and client). */
export const LOGIN_ERROR = {
  throttled: "THROTTLED",
  secondFactorRequired: "SECOND_FACTOR_REQUIRED",
  secondFactorInvalid: "SECOND_FACTOR_INVALID",
} as const;

export function loginErrorMessage(error: string): Msg {
  if (error.startsWith(`${LOGIN_ERROR.throttled}:`)) {
    const seconds = Number(error.split(":")[1] ?? 60);
    return { key: "login.errors.throttled", values: { minutes: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  if (error === `${LOGIN_ERROR.secondFactorRequired}:sms`) return "login.errors.smsSent";
  if (error.startsWith(LOGIN_ERROR.secondFactorRequired)) return "login.errors.totpRequired";
  if (error === LOGIN_ERROR.secondFactorInvalid) return "login.errors.codeInvalid";
  // Same message for unknown accounts and wrong passwords (no account enumeration).
  return "login.errors.wrongCredentials";
}
