import type { Msg } from "../../i18n/message-key";
import type { ContactChangeFailure } from "./types";

type Issue = { path: readonly PropertyKey[]; message: string };
const FIELDS = new Set(["newEmail", "newPhone", "currentPassword", "code"]);

/** The first zod issue (its message is a catalog key) as a refusal tied to its form field. */
export function fieldFailure(issues: readonly Issue[]): ContactChangeFailure {
  const issue = issues[0];
  const key = String(issue?.path[0] ?? "form");
  return {
    ok: false,
    field: FIELDS.has(key) ? (key as ContactChangeFailure["field"]) : "form",
    message: (issue?.message as Msg | undefined) ?? "common.errors.checkInput",
  };
}
