import { z } from "zod";

// Messages are catalog keys (lib/i18n/messages/*/contracts.json).
export const CONTRACT_MODULES = ["INSURANCE", "FINANCE", "OTHER", "EMERGENCY"] as const;
export const CONTRACT_STATUSES = ["ACTIVE", "OFFER", "PENDING", "CANCELLED", "EXPIRED"] as const;
export const PAYMENT_FREQUENCIES = ["MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY", "SINGLE"] as const;
export const PAYMENT_METHODS = ["SEPA_DIRECT_DEBIT", "INVOICE"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "contracts.validation.tooLong")
    .transform((v) => v || null);

const optionalUuid = (message: string) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.uuid(message).nullable());

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .enum([...values, ""] as unknown as readonly [T[number] | "", ...(T[number] | "")[]], { error: message })
    .transform((v) => (v || null) as T[number] | null);

const calendarDate = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
      if (
        !date ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== value ||
        date.getUTCFullYear() < 1900 ||
        date.getUTCFullYear() > 2200
      ) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return date;
    });

/** "1.234,56", "1234.56", "1 234" → "1234.56" (a decimal string; money never becomes a float). */
const money = (message: string) =>
  z
    .string()
    .trim()
    .max(20, message)
    .transform((value, ctx) => {
      if (!value) return null;
      const compact = value.replace(/[\s'’]/g, "");
      const normalized = /,\d{1,2}$/.test(compact) ? compact.replace(/\./g, "").replace(",", ".") : compact.replace(/,/g, "");
      if (!/^\d{1,12}(\.\d{1,2})?$/.test(normalized)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Number(normalized).toFixed(2);
    });

/** Hauptfälligkeit "TT.MM" → day and month; "01.01" is the most common. */
const mainDue = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    const match = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(value);
    const day = Number(match?.[1]);
    const month = Number(match?.[2]);
    const probe = new Date(Date.UTC(2024, month - 1, day)); // a leap year, so 29.02 is allowed
    if (!match || month < 1 || month > 12 || probe.getUTCDate() !== day) {
      ctx.addIssue({ code: "custom", message: "contracts.validation.mainDueInvalid" });
      return z.NEVER;
    }
    return { day, month };
  });

/** Fields the cross-field rules read; they run only once these parsed. */
export const CROSS_CHECKED_FIELDS = ["startDate", "endDate", "module", "lineId", "grossPremium", "paymentFrequency"] as const;
const CROSS_CHECKED = new Set<string>(CROSS_CHECKED_FIELDS);

type CrossChecked = {
  module: (typeof CONTRACT_MODULES)[number];
  startDate: Date | null;
  endDate: Date | null;
  lineId: string | null;
  grossPremium: string | null;
  paymentFrequency: string | null;
};

/** Rules between fields, shared with the customer's own-contract form (lib/validation/own-contract.ts). */
export function checkContractFields(value: CrossChecked, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "contracts.validation.endBeforeStart" });
  }
  if (value.module === "INSURANCE" && !value.lineId) {
    ctx.addIssue({ code: "custom", path: ["lineId"], message: "contracts.validation.lineRequired" });
  }
  if (value.grossPremium && !value.paymentFrequency) {
    ctx.addIssue({ code: "custom", path: ["paymentFrequency"], message: "contracts.validation.frequencyRequired" });
  }
}

export const contractInput = z
  .object({
    module: z.enum(CONTRACT_MODULES, { error: "contracts.validation.moduleInvalid" }),
    status: z.enum(CONTRACT_STATUSES, { error: "contracts.validation.statusInvalid" }),
    lineId: optionalUuid("contracts.validation.lineInvalid"),
    insurerId: optionalUuid("contracts.validation.insurerInvalid"),
    policyNumber: optionalText(30),
    product: optionalText(140),
    startDate: calendarDate("contracts.validation.dateInvalid"),
    endDate: calendarDate("contracts.validation.dateInvalid"),
    mainDue,
    noticePeriodMonths: z
      .string()
      .trim()
      .transform((v) => (v ? Number(v) : null))
      .pipe(
        z
          .number({ error: "contracts.validation.noticeInvalid" })
          .int("contracts.validation.noticeInvalid")
          .min(0, "contracts.validation.noticeInvalid")
          .max(36, "contracts.validation.noticeInvalid")
          .nullable(),
      ),
    sumInsured: money("contracts.validation.amountInvalid"),
    grossPremium: money("contracts.validation.amountInvalid"),
    paymentFrequency: optionalEnum(PAYMENT_FREQUENCIES, "contracts.validation.frequencyInvalid"),
    paymentMethod: optionalEnum(PAYMENT_METHODS, "contracts.validation.methodInvalid"),
    notes: optionalText(4000),
    isConfidential: z.boolean().default(false),
  })
  .superRefine(checkContractFields, {
    // Also when unrelated fields are wrong, so the form lists every problem in one round.
    when: (payload) => !payload.issues.some((issue) => CROSS_CHECKED.has(String(issue.path?.[0]))),
  });

export type ContractInput = z.input<typeof contractInput>;
export type ContractData = z.output<typeof contractInput>;

/** The empty form: what a new contract starts with in the broker's and the customer's form. */
export const BLANK_CONTRACT_FIELDS = {
  status: "ACTIVE",
  lineId: "",
  insurerId: "",
  policyNumber: "",
  product: "",
  startDate: "",
  endDate: "",
  mainDue: "",
  noticePeriodMonths: "",
  sumInsured: "",
  grossPremium: "",
  paymentFrequency: "",
  paymentMethod: "",
  notes: "",
} as const satisfies Omit<ContractInput, "module" | "isConfidential">;

export const NEW_CONTRACT_VALUES: ContractInput = { ...BLANK_CONTRACT_FIELDS, module: "INSURANCE", isConfidential: false };
