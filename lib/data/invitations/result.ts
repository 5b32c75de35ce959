import type { Msg } from "../../i18n/message-key";

/**
 * What the invitation and registration functions answer; actions pass it through unchanged.
 * Messages are catalog keys the page translates in the visitor's language.
 */
export type InvitationResult<T> =
  { ok: true; data: T } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg>; retryAfterSeconds?: number };

export const refuse = (error: Msg, extra: { fieldErrors?: Record<string, Msg>; retryAfterSeconds?: number } = {}) =>
  ({ ok: false, error, ...extra }) as const;
