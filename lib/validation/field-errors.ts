import type { Msg } from "../i18n/message-key";

/** First message per field from a zod error (schemas carry catalog keys), keyed by the top-level field. */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, Msg> {
  const out: Record<string, Msg> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message as Msg;
  }
  return out;
}
