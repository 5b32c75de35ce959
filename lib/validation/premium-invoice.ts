import { z } from "zod";

// Messages are catalog keys (lib/i18n/messages/*/company-admin.json, "invoices.validation").
export const INVOICE_STATUSES = ["OPEN", "PAID", "OVERDUE", "CANCELLED"] as const;

const optionalUuid = (message: string) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.uuid(message).nullable());

/** A calendar date "JJJJ-MM-TT" (what <input type="date"> sends), required. */
const calendarDate = (missing: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) {
        ctx.addIssue({ code: "custom", message: missing });
        return z.NEVER;
      }
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
      if (
        !date ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== value ||
        date.getUTCFullYear() < 1900 ||
        date.getUTCFullYear() > 2200
      ) {
        ctx.addIssue({ code: "custom", message: "companyAdmin.invoices.validation.dateInvalid" });
        return z.NEVER;
      }
      return date;
    });

/** "1.234,56", "1234.56", "1 234" → "1234.56": a positive decimal string with two places (never a float). */
const amount = z
  .string()
  .trim()
  .max(20, "companyAdmin.invoices.validation.amountInvalid")
  .transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: "companyAdmin.invoices.validation.amountRequired" });
      return z.NEVER;
    }
    const compact = value.replace(/[\s'’]/g, "");
    const normalized = /,\d{1,2}$/.test(compact) ? compact.replace(/\./g, "").replace(",", ".") : compact.replace(/,/g, "");
    if (!/^\d{1,10}(\.\d{1,2})?$/.test(normalized)) {
      ctx.addIssue({ code: "custom", message: "companyAdmin.invoices.validation.amountInvalid" });
      return z.NEVER;
    }
    const fixed = Number(normalized).toFixed(2);
    if (fixed === "0.00") {
      ctx.addIssue({ code: "custom", message: "companyAdmin.invoices.validation.amountPositive" });
      return z.NEVER;
    }
    return fixed;
  });

/** A premium invoice the broker records for a customer; the PDF is a document of category INVOICE. */
export const premiumInvoiceInput = z
  .object({
    number: z
      .string()
      .trim()
      .min(1, "companyAdmin.invoices.validation.numberRequired")
      .max(40, "companyAdmin.invoices.validation.tooLong"),
    contractId: optionalUuid("companyAdmin.invoices.validation.contractInvalid"),
    amount,
    periodStart: calendarDate("companyAdmin.invoices.validation.periodStartRequired"),
    periodEnd: calendarDate("companyAdmin.invoices.validation.periodEndRequired"),
    dueDate: calendarDate("companyAdmin.invoices.validation.dueDateRequired"),
    status: z.enum(INVOICE_STATUSES, { error: "companyAdmin.invoices.validation.statusInvalid" }),
    documentId: optionalUuid("companyAdmin.invoices.validation.documentInvalid"),
  })
  .superRefine(
    (value, ctx) => {
      if (value.periodEnd < value.periodStart) {
        ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "companyAdmin.invoices.validation.periodEndBeforeStart" });
      }
    },
    // Also when unrelated fields are wrong, so the form lists every problem in one round.
    { when: (payload) => !payload.issues.some((issue) => ["periodStart", "periodEnd"].includes(String(issue.path?.[0]))) },
  );

export type PremiumInvoiceInput = z.input<typeof premiumInvoiceInput>;
export type PremiumInvoiceData = z.output<typeof premiumInvoiceInput>;

/** The fields an invoice's audit entry may name (never their values). */
export const PREMIUM_INVOICE_FIELDS = [
  "number",
  "contractId",
  "amount",
  "periodStart",
  "periodEnd",
  "dueDate",
  "status",
  "documentId",
] as const;

export const BLANK_PREMIUM_INVOICE: PremiumInvoiceInput = {
  number: "",
  contractId: "",
  amount: "",
  periodStart: "",
  periodEnd: "",
  dueDate: "",
  status: "OPEN",
  documentId: "",
};
