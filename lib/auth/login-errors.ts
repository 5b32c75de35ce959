/** Error codes next-auth hands to the login form (shared by server and client). */
export const LOGIN_ERROR = {
  throttled: "THROTTLED",
  secondFactorRequired: "SECOND_FACTOR_REQUIRED",
  secondFactorInvalid: "SECOND_FACTOR_INVALID",
} as const;

export function loginErrorMessage(error: string): string {
  if (error.startsWith(`${LOGIN_ERROR.throttled}:`)) {
    const seconds = Number(error.split(":")[1] ?? 60);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return `Zu viele Anmeldeversuche. Bitte versuchen Sie es in ${minutes === 1 ? "einer Minute" : `${minutes} Minuten`} erneut.`;
  }
  if (error === `${LOGIN_ERROR.secondFactorRequired}:sms`) return "Wir haben Ihnen einen Anmeldecode per SMS geschickt.";
  if (error.startsWith(LOGIN_ERROR.secondFactorRequired)) return "Bitte geben Sie den Code aus Ihrer Authenticator-App ein.";
  if (error === LOGIN_ERROR.secondFactorInvalid) {
    return "Der Code ist nicht gültig oder wurde schon verwendet. Bitte nehmen Sie den nächsten Code aus Ihrer App (oder Ihrer SMS) oder einen Wiederherstellungscode.";
  }
  // Same message for unknown accounts and wrong passwords (no account enumeration).
  return "E-Mail-Adresse/Kundennummer oder Passwort ist nicht korrekt.";
}
