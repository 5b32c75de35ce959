import type { Msg } from "../../i18n/message-key";

/** What the user manager's writes answer; actions pass it through writeResult unchanged. */
export type CompanyUserResult =
  { ok: true; id: string } | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };
