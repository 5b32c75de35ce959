/** Error codes next-auth hands to the login form (shared by server and client). */
export const LOGIN_ERROR = { throttled: "THROTTLED" } as const;

export function loginErrorMessage(error: string): string {
  if (error.startsWith(`${LOGIN_ERROR.throttled}:`)) {
    const seconds = Number(error.split(":")[1] ?? 60);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return `Zu viele Anmeldeversuche. Bitte versuchen Sie es in ${minutes === 1 ? "einer Minute" : `${minutes} Minuten`} erneut.`;
  }
  // Same message for unknown accounts and wrong passwords (no account enumeration).
  return "E-Mail-Adresse/Kundennummer oder Passwort ist nicht korrekt.";
}
