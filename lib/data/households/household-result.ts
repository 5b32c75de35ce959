import type { Msg } from "../../i18n/message-key";

/** What household writes return: the id written, or a refusal (optionally tied to a form field). */
export type HouseholdWriteResult =
  { ok: true; id: string } | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };
