import type { ContactChangeFailure } from "./types";

type Issue = { path: readonly PropertyKey[]; message: string };
const FIELDS = new Set(["newEmail", "newPhone", "currentPassword", "code"]);

/** The first zod issue as a refusal tied to its form field. */
export function fieldFailure(issues: readonly Issue[]): ContactChangeFailure {
  const issue = issues[0];
  const key = String(issue?.path[0] ?? "form");
  return {
    ok: false,
    field: FIELDS.has(key) ? (key as ContactChangeFailure["field"]) : "form",
    message: issue?.message ?? "Bitte prüfen Sie Ihre Eingaben.",
  };
}
