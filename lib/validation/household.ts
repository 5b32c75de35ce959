import { z } from "zod";
import { now } from "../clock";

// Messages are catalog keys (lib/i18n/messages/*/households.json).

export const householdCreateInput = z.object({
  name: z.string().trim().max(120, "households.validation.nameTooLong").default(""),
});
export type HouseholdCreateInput = z.input<typeof householdCreateInput>;

export const householdMemberInput = z.object({
  customerNumber: z
    .string()
    .trim()
    .min(1, "households.validation.customerNumberRequired")
    .max(30, "households.validation.customerNumberRequired"),
});
export type HouseholdMemberInput = z.input<typeof householdMemberInput>;

/** Today as YYYY-MM-DD in the office's zone: a form signed this evening in Germany is not "in the future". */
export function officeToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now());
}

const signedOn = z
  .string()
  .trim()
  .min(1, "households.validation.dateRequired")
  .transform((value, ctx) => {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value || date.getUTCFullYear() < 1900) {
      ctx.addIssue({ code: "custom", message: "households.validation.dateInvalid" });
      return z.NEVER;
    }
    if (value > officeToday()) {
      ctx.addIssue({ code: "custom", message: "households.validation.dateInFuture" });
      return z.NEVER;
    }
    return date;
  });

export const householdConsentInput = z
  .object({
    grantorCustomerId: z.uuid("households.validation.grantorRequired"),
    granteeCustomerId: z.uuid("households.validation.granteeRequired"),
    grantedAt: signedOn,
    documentId: z
      .string()
      .trim()
      .transform((v) => v || null)
      .pipe(z.uuid("households.validation.formInvalid").nullable()),
  })
  .refine((v) => v.grantorCustomerId !== v.granteeCustomerId, {
    path: ["granteeCustomerId"],
    message: "households.validation.sameMember",
  });
export type HouseholdConsentInput = z.input<typeof householdConsentInput>;
