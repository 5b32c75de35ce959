import { z } from "zod";
import type { MessageKey } from "../i18n/message-key";

// Order of the matrix rows: what the customer meets first in the portal comes first.
export const PORTAL_MODULES = [
  "PROFILE",
  "COMMUNICATION",
  "INSURANCE",
  "FINANCE",
  "OTHER_CONTRACTS",
  "EMERGENCY",
  "CLAIMS",
  "INVOICES",
] as const;
export const RELEASE_LEVELS = ["HIDDEN", "READ", "WRITE"] as const;

export type PortalModuleKey = (typeof PORTAL_MODULES)[number];
export type ReleaseLevelKey = (typeof RELEASE_LEVELS)[number];
export type ReleaseLevels = Record<PortalModuleKey, ReleaseLevelKey>;

// Catalog keys (lib/i18n/messages/*/releases.json).
export const LEVEL_INVALID = "releases.validation.levelInvalid" satisfies MessageKey;
export const TEMPLATE_NOT_FOUND = "releases.errors.templateNotFound" satisfies MessageKey;
export const TEMPLATE_NAME_TAKEN = "releases.errors.nameTaken" satisfies MessageKey;

const level = z.enum(RELEASE_LEVELS, { error: LEVEL_INVALID });

/** A level for every module; an unknown module or level is refused rather than ignored. */
export const releaseLevels = z.strictObject(
  Object.fromEntries(PORTAL_MODULES.map((m) => [m, level])) as Record<PortalModuleKey, typeof level>,
  { error: "releases.validation.levelsInvalid" satisfies MessageKey },
);

export const releaseTemplateInput = z.object({
  name: z
    .string({ error: "releases.validation.nameRequired" satisfies MessageKey })
    .trim()
    .min(1, "releases.validation.nameRequired" satisfies MessageKey)
    .max(80, "releases.validation.nameTooLong" satisfies MessageKey),
  levels: releaseLevels,
});
export type ReleaseTemplateInput = z.input<typeof releaseTemplateInput>;

export const MAX_BULK_CUSTOMERS = 1000;

export const applyReleaseTemplateInput = z.object({
  templateId: z.uuid({ error: "releases.validation.templateRequired" satisfies MessageKey }),
  customerIds: z
    .array(z.uuid({ error: "common.errors.checkInput" satisfies MessageKey }), {
      error: "releases.validation.noCustomers" satisfies MessageKey,
    })
    .min(1, "releases.validation.noCustomers" satisfies MessageKey)
    .max(MAX_BULK_CUSTOMERS, "releases.validation.tooManyCustomers" satisfies MessageKey)
    .transform((ids) => [...new Set(ids)]),
});
export type ApplyReleaseTemplateInput = z.input<typeof applyReleaseTemplateInput>;

/** Everything hidden: the state of a customer nobody has released anything for yet. */
export function hiddenLevels(): ReleaseLevels {
  return Object.fromEntries(PORTAL_MODULES.map((m) => [m, "HIDDEN"])) as ReleaseLevels;
}

/**
 * Stored template JSON read back leniently: a module missing or with a value this version does not
 * know counts as HIDDEN, so an old or hand-edited row can never release more than it says.
 */
export function levelsFromJson(value: unknown): ReleaseLevels {
  const levels = hiddenLevels();
  if (!value || typeof value !== "object" || Array.isArray(value)) return levels;
  for (const m of PORTAL_MODULES) {
    const v = (value as Record<string, unknown>)[m];
    if ((RELEASE_LEVELS as readonly unknown[]).includes(v)) levels[m] = v as ReleaseLevelKey;
  }
  return levels;
}
