import { DOMAIN_CHECK_REASONS, type DomainCheckReason } from "../../validation/domains";

/**
 * Domain.lastError holds the reason code of the last failed check, followed by ":" and what was
 * found instead when the check reported it ("cname_mismatch:alt.example.net"), so the page can say
 * what to fix after an automatic re-check too.
 */
export function encodeCheckError(reason: DomainCheckReason, found?: string | null): string {
  return found ? `${reason}:${found}` : reason;
}

export function decodeCheckError(value: string | null): { reason: DomainCheckReason | null; found: string | null } {
  if (!value) return { reason: null, found: null };
  const at = value.indexOf(":");
  const code = at === -1 ? value : value.slice(0, at);
  const reason = DOMAIN_CHECK_REASONS.find((r) => r === code) ?? null;
  return { reason, found: reason && at !== -1 ? value.slice(at + 1) : null };
}

/**
 * Domain.lastError of a domain the daily check switched off (switch-off-lost-domain.ts). Not a
 * check reason: the next check by hand replaces it with what DNS holds now.
 */
export const LOST = "lost";
