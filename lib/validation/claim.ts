import { z } from "zod";
import { now } from "../clock";
import { cursorPage } from "./pagination";

// Messages are catalog keys (lib/i18n/messages/*/claims.json); the limits below appear in those texts.
export const CLAIM_STATUSES = ["REPORTED", "IN_PROGRESS", "SETTLED", "CLOSED"] as const;
export type ClaimStatusValue = (typeof CLAIM_STATUSES)[number];

export const CLAIM_DESCRIPTION_MIN = 20;
export const CLAIM_DESCRIPTION_MAX = 4000;
export const CLAIM_NOTE_MAX = 1000;
/** A loss older than this is not reported through the portal (insurers' notice periods are far shorter). */
export const CLAIM_MAX_AGE_YEARS = 10;
/** Per customer folder within 24 hours; stops a script or a stuck button from flooding the broker. */
export const CLAIMS_PER_DAY = 10;

/** "31.12.2025", "1.2.2025" or "2025-12-31" → "2025-12-31"; null when it is no real calendar day. */
export function isoFromGermanDate(raw: string): string | null {
  const value = raw.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const text = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}

/** Today's calendar day in the office's time zone (Berlin and Zurich share it), as "YYYY-MM-DD". */
export function officeToday(at: Date = now()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

const occurredOn = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: "claims.validation.dateRequired" });
      return z.NEVER;
    }
    const day = isoFromGermanDate(value);
    if (!day) {
      ctx.addIssue({ code: "custom", message: "claims.validation.dateInvalid" });
      return z.NEVER;
    }
    const today = officeToday();
    const oldest = `${Number(today.slice(0, 4)) - CLAIM_MAX_AGE_YEARS}${today.slice(4)}`;
    if (day > today) {
      ctx.addIssue({ code: "custom", message: "claims.validation.dateInFuture" });
      return z.NEVER;
    }
    if (day < oldest) {
      ctx.addIssue({ code: "custom", message: "claims.validation.dateTooOld" });
      return z.NEVER;
    }
    return new Date(`${day}T00:00:00Z`);
  });

/** What the customer types when reporting a claim; the contract is optional ("ohne Vertrag / weiß ich nicht"). */
export const claimReportInput = z.object({
  contractId: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.uuid("claims.validation.contractInvalid").nullable()),
  occurredOn,
  description: z
    .string()
    .trim()
    .min(CLAIM_DESCRIPTION_MIN, "claims.validation.descriptionTooShort")
    .max(CLAIM_DESCRIPTION_MAX, "claims.validation.descriptionTooLong"),
});
export type ClaimReportInput = z.input<typeof claimReportInput>;
export type ClaimReportData = z.output<typeof claimReportInput>;

/** The broker moves a claim on; the note is shown to the customer in the timeline. */
export const claimStatusInput = z.object({
  status: z.enum(CLAIM_STATUSES, { error: "claims.validation.statusInvalid" }),
  note: z
    .string()
    .trim()
    .max(CLAIM_NOTE_MAX, "claims.validation.noteTooLong")
    .transform((v) => v || null),
});
export type ClaimStatusInput = z.input<typeof claimStatusInput>;
export type ClaimStatusData = z.output<typeof claimStatusInput>;

/** The broker's claims list: optional status filter, cursor pagination (search params). */
export const brokerClaimSearch = cursorPage.extend({
  status: z.enum(CLAIM_STATUSES).optional(),
});
export type BrokerClaimSearch = z.infer<typeof brokerClaimSearch>;
