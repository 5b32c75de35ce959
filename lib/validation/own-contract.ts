import { z } from "zod";
import { BLANK_CONTRACT_FIELDS, CONTRACT_STATUSES, CROSS_CHECKED_FIELDS, checkContractFields, contractInput } from "./contract";

// A contract the customer adds or changes in the portal (myDIVERSO "Freischaltung"/WRITE release).
// The field rules are the broker form's (lib/validation/contract.ts): German amounts "1.234,56",
// calendar dates, main due date "TT.MM". Messages are catalog keys.

/** What a customer may set; EXPIRED stays possible only on a contract the broker already marked so. */
export const OWN_CONTRACT_STATUSES = ["ACTIVE", "OFFER", "PENDING", "CANCELLED"] as const;

/** Value of the insurer select for "company not in the list": the name is typed into insurerName. */
export const OTHER_INSURER = "OTHER";

/** Fields withheld from customers when the broker hides financial data (ctx.tenant.portalHideFinancials). */
export const FINANCIAL_FIELDS = ["sumInsured", "grossPremium", "paymentFrequency", "paymentMethod"] as const;

const field = contractInput.shape;

const insurerChoice = z
  .string()
  .trim()
  .refine((v) => v === "" || v === OTHER_INSURER || z.uuid().safeParse(v).success, {
    message: "ownContracts.validation.insurerInvalid",
  });

const CROSS_CHECKED = new Set<string>([...CROSS_CHECKED_FIELDS, "insurerId"]);

export const ownContractInput = z
  .object({
    module: field.module,
    status: z.enum(CONTRACT_STATUSES, { error: "contracts.validation.statusInvalid" }),
    lineId: field.lineId,
    insurerId: insurerChoice,
    insurerName: z.string().trim().max(140, "contracts.validation.tooLong"),
    policyNumber: field.policyNumber,
    product: field.product,
    startDate: field.startDate,
    endDate: field.endDate,
    mainDue: field.mainDue,
    noticePeriodMonths: field.noticePeriodMonths,
    sumInsured: field.sumInsured,
    grossPremium: field.grossPremium,
    paymentFrequency: field.paymentFrequency,
    paymentMethod: field.paymentMethod,
    notes: field.notes,
  })
  .superRefine(
    (value, ctx) => {
      checkContractFields(value, ctx);
      if (value.insurerId === OTHER_INSURER && value.insurerName.length < 2) {
        ctx.addIssue({ code: "custom", path: ["insurerName"], message: "contracts.validation.insurerNameRequired" });
      }
    },
    // Also when unrelated fields are wrong, so the form lists every problem in one round.
    { when: (payload) => !payload.issues.some((issue) => CROSS_CHECKED.has(String(issue.path?.[0]))) },
  )
  .transform(({ insurerId, insurerName, ...rest }) => ({
    ...rest,
    // Either a catalog insurer or a free-text name, never both.
    insurerId: insurerId && insurerId !== OTHER_INSURER ? insurerId : null,
    insurerName: insurerId === OTHER_INSURER ? insurerName : null,
  }));

export type OwnContractInput = z.input<typeof ownContractInput>;
export type OwnContractData = z.output<typeof ownContractInput>;

export const EMPTY_OWN_CONTRACT: OwnContractInput = { ...BLANK_CONTRACT_FIELDS, module: "OTHER", insurerName: "" };
