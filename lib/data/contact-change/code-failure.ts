import type { IssuedCode } from "../../auth/one-time-code/issue-one-time-code";
import type { CodeCheck } from "../../auth/one-time-code/verify-one-time-code";
import type { ContactChangeFailure } from "./types";

const minutesOrSeconds = (s: number) => (s >= 120 ? `${Math.ceil(s / 60)} Minuten` : `${s} Sekunden`);

/** German answer when no code could be sent (resend interval, hourly limit or failure lock). */
export function issueFailure(result: Extract<IssuedCode, { ok: false }>): ContactChangeFailure {
  const wait = minutesOrSeconds(result.retryAfterSeconds);
  return {
    ok: false,
    field: "form",
    retryAfterSeconds: result.retryAfterSeconds,
    message:
      result.reason === "locked"
        ? `Zu viele falsche Codes. Bitte versuchen Sie es in ${wait} erneut.`
        : `Bitte warten Sie ${wait}, bevor Sie einen neuen Code anfordern.`,
  };
}

/** German answer for a code that was not accepted. */
export function checkFailure(result: Extract<CodeCheck, { ok: false }>): ContactChangeFailure {
  switch (result.reason) {
    case "wrong":
      return {
        ok: false,
        field: "code",
        message:
          result.attemptsLeft > 0
            ? `Der Code ist nicht korrekt. Noch ${result.attemptsLeft} ${result.attemptsLeft === 1 ? "Versuch" : "Versuche"}.`
            : "Der Code ist nicht korrekt. Bitte fordern Sie einen neuen Code an.",
      };
    case "expired":
      return { ok: false, field: "code", message: "Der Code ist abgelaufen. Bitte fordern Sie einen neuen Code an." };
    case "used_up":
      return { ok: false, field: "code", message: "Zu viele falsche Eingaben. Bitte fordern Sie einen neuen Code an." };
    case "no_code":
      return { ok: false, field: "code", message: "Es liegt kein gültiger Code vor. Bitte fordern Sie einen neuen Code an." };
    case "locked":
      return {
        ok: false,
        field: "code",
        retryAfterSeconds: result.retryAfterSeconds,
        message: `Zu viele falsche Codes. Bitte versuchen Sie es in ${minutesOrSeconds(result.retryAfterSeconds)} erneut.`,
      };
  }
}
