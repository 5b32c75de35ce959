import { z } from "zod";
import type { MessageKey } from "../i18n/message-key";

/** A tenant may hold this many custom domains (any status). */
export const MAX_DOMAINS_PER_TENANT = 5;

/** Why a domain is not (yet) verified; stored in Domain.lastError (lib/tenant/domains/check-error.ts). */
export const DOMAIN_CHECK_REASONS = [
  "txt_missing",
  "txt_mismatch",
  "cname_missing",
  "cname_mismatch",
  "dns_error",
  "taken",
] as const;
export type DomainCheckReason = (typeof DOMAIN_CHECK_REASONS)[number];

export type DomainStatusKey = "PENDING" | "VERIFIED" | "FAILED";

/** The result of one check as the page shows it; `found` is what DNS held instead, shortened. */
export type DomainCheckOutcome = { status: DomainStatusKey; reason: DomainCheckReason | null; found: string | null };

/** One DNS record the broker sets at their DNS provider. */
export type DnsRecordInstruction = { type: "TXT" | "CNAME"; name: string; value: string };

/** What the domains page shows of one custom domain (no other tenant's data). */
export type DomainView = {
  id: string;
  host: string;
  status: DomainStatusKey;
  isPrimary: boolean;
  verifiedAt: Date | null;
  lastCheckedAt: Date | null;
  nextCheckAt: Date | null;
  reason: DomainCheckReason | null;
  /** what the last check found instead (a TXT value, a CNAME target or A records), shortened */
  found: string | null;
  /** the worker stopped looking (7 days without success); only "Jetzt prüfen" checks again */
  autoCheckEnded: boolean;
  /** the records to set; empty once verified */
  records: DnsRecordInstruction[];
  /** true for a name like ihre-maklerfirma.de, where most DNS providers allow no CNAME */
  apex: boolean;
};

// Catalog keys (lib/i18n/messages/*/domains.json).
const REQUIRED = "domains.validation.hostRequired" satisfies MessageKey;
const INVALID = "domains.validation.hostInvalid" satisfies MessageKey;
const NOT_A_URL = "domains.validation.hostNotUrl" satisfies MessageKey;

/**
 * "Domain hinzufügen". The form checks the shape; the data layer additionally converts umlaut
 * domains and refuses the platform's own names (lib/tenant/domains/validate-custom-host.ts).
 */
export const addDomainInput = z.object({
  host: z
    .string({ error: REQUIRED })
    .trim()
    .min(1, REQUIRED)
    .max(253, INVALID)
    .refine((v) => !/[/:@\s]/.test(v), NOT_A_URL)
    .refine((v) => !v.includes("*"), "domains.validation.hostWildcard" satisfies MessageKey)
    .refine((v) => v.replace(/\.$/, "").includes("."), "domains.validation.hostSingleLabel" satisfies MessageKey),
});
export type AddDomainInput = z.input<typeof addDomainInput>;

export const domainIdInput = z.object({ domainId: z.uuid({ error: "domains.errors.notFound" satisfies MessageKey }) });
