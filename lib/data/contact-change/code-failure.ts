import type { IssuedCode } from "../../auth/one-time-code/issue-one-time-code";
import type { CodeCheck } from "../../auth/one-time-code/verify-one-time-code";
import type { Msg } from "../../i18n/message-key";
import type { ContactChangeFailure } from "./types";

/** Waits of two minutes or more read as minutes, shorter ones as seconds (values for the catalog text). */
const wait = (s: number) => (s >= 120 ? { unit: "minutes", count: Math.ceil(s / 60) } : { unit: "seconds", count: s });

/** Answer when no code could be sent (resend interval, hourly limit or failure lock). */
export function issueFailure(result: Extract<IssuedCode, { ok: false }>): ContactChangeFailure {
  const values = wait(result.retryAfterSeconds);
  return {
    ok: false,
    field: "form",
    retryAfterSeconds: result.retryAfterSeconds,
    message:
      result.reason === "locked"
        ? { key: "account.contact.errors.codeLocked", values }
        : { key: "account.contact.errors.resendWait", values },
  };
}

/** Answer for a code that was not accepted. */
export function checkFailure(result: Extract<CodeCheck, { ok: false }>): ContactChangeFailure {
  const refuse = (message: Msg, retryAfterSeconds?: number): ContactChangeFailure => ({
    ok: false,
    field: "code",
    message,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
  switch (result.reason) {
    case "wrong":
      return refuse(
        result.attemptsLeft > 0
          ? { key: "account.contact.errors.codeWrong", values: { attemptsLeft: result.attemptsLeft } }
          : "account.contact.errors.codeWrongLast",
      );
    case "expired":
      return refuse("account.contact.errors.codeExpired");
    case "used_up":
      return refuse("account.contact.errors.codeUsedUp");
    case "no_code":
      return refuse("account.contact.errors.noCode");
    case "locked":
      return refuse(
        { key: "account.contact.errors.codeLocked", values: wait(result.retryAfterSeconds) },
        result.retryAfterSeconds,
      );
  }
}
