/** What the invitation and registration functions answer; actions pass it through unchanged. */
export type InvitationResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string>; retryAfterSeconds?: number };

export const refuse = (error: string, extra: { fieldErrors?: Record<string, string>; retryAfterSeconds?: number } = {}) =>
  ({ ok: false, error, ...extra }) as const;
