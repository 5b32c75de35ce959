import { z } from "zod";
import { bankAccountInput, postalCodeFits } from "./customer";
import { optionalE164 } from "./phone-number";

// Messages are catalog keys (changeRequests.validation.*, customers.validation.* for the reused checks).

/** Countries a customer can move to through the portal; the broker's form knows more. */
export const CHANGE_REQUEST_COUNTRIES = ["DE", "AT", "CH"] as const;
export const CHANGE_REQUEST_KINDS = ["ADDRESS", "BANK_ACCOUNT", "PHONE", "EMAIL"] as const;
export type ChangeRequestKindName = (typeof CHANGE_REQUEST_KINDS)[number];

const required = (max: number, missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, "changeRequests.validation.tooLong");

export const addressChangeInput = z
  .object({
    street: required(140, "changeRequests.validation.streetRequired"),
    postalCode: required(10, "changeRequests.validation.postalCodeRequired"),
    city: required(100, "changeRequests.validation.cityRequired"),
    country: z.enum(CHANGE_REQUEST_COUNTRIES, { error: "changeRequests.validation.countryInvalid" }),
  })
  .superRefine((value, ctx) => {
    if (!postalCodeFits(value.country, value.postalCode)) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: "changeRequests.validation.postalCodeInvalid" });
    }
  });
export type AddressChangeInput = z.input<typeof addressChangeInput>;
export type AddressChange = z.output<typeof addressChangeInput>;

/** Holder, IBAN (ibantools) and optional BIC: the customer form's own bank-account rules. */
export const bankAccountChangeInput = bankAccountInput;
export type BankAccountChangeInput = z.input<typeof bankAccountChangeInput>;
export type BankAccountChange = z.output<typeof bankAccountChangeInput>;

export const emailChangeRequestInput = z.object({
  email: z
    .string({ error: "changeRequests.validation.emailRequired" })
    .trim()
    .toLowerCase()
    .min(1, "changeRequests.validation.emailRequired")
    .max(254, "changeRequests.validation.emailInvalid")
    .pipe(z.email("changeRequests.validation.emailInvalid")),
});
export type EmailChangeRequestInput = z.input<typeof emailChangeRequestInput>;

/** "mobile" is confirmed by an SMS code; a landline ("phone") cannot receive one. */
export const phoneChangeRequestInput = z.object({
  field: z.enum(["mobile", "phone"], { error: "changeRequests.validation.phoneFieldInvalid" }),
  number: optionalE164("changeRequests.validation.phoneInvalid").refine(
    (v): v is string => v !== null,
    "changeRequests.validation.phoneRequired",
  ),
});
export type PhoneChangeRequestInput = z.input<typeof phoneChangeRequestInput>;

export const contactCodeInput = z.object({
  code: z
    .string({ error: "changeRequests.validation.codeSixDigits" })
    .max(20, "changeRequests.validation.codeSixDigits")
    .transform((v) => v.replace(/\s/g, ""))
    .refine((v) => /^\d{6}$/.test(v), "changeRequests.validation.codeSixDigits"),
});

export const rejectChangeRequestInput = z.object({
  reason: z
    .string({ error: "changeRequests.validation.reasonRequired" })
    .trim()
    .min(1, "changeRequests.validation.reasonRequired")
    .max(1000, "changeRequests.validation.reasonTooLong"),
});
export type RejectChangeRequestInput = z.input<typeof rejectChangeRequestInput>;

export const changeRequestListQuery = z.object({
  status: z.enum(["PENDING", "APPLIED", "REJECTED"]).optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
  take: z.coerce.number().int().min(1).max(100).default(25).catch(25),
});
export type ChangeRequestListQuery = z.input<typeof changeRequestListQuery>;

// ---- stored payloads (ChangeRequest.payload / .previous), read back defensively ----

export const addressPayload = z.object({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
});
export const bankPayload = z.object({ holder: z.string(), iban: z.string(), bic: z.string().nullable() });
export const emailPayload = z.object({ email: z.string().nullable() });
export const phonePayload = z.object({ field: z.enum(["mobile", "phone"]), number: z.string().nullable() });

export type AddressPayload = z.infer<typeof addressPayload>;
export type BankPayload = z.infer<typeof bankPayload>;
export type EmailPayload = z.infer<typeof emailPayload>;
export type PhonePayload = z.infer<typeof phonePayload>;

export type ChangeValues =
  | { kind: "ADDRESS"; value: AddressPayload }
  | { kind: "BANK_ACCOUNT"; value: BankPayload | null }
  | { kind: "EMAIL"; value: EmailPayload }
  | { kind: "PHONE"; value: PhonePayload };

const PAYLOAD = { ADDRESS: addressPayload, BANK_ACCOUNT: bankPayload, EMAIL: emailPayload, PHONE: phonePayload } as const;

/** A stored payload as typed values; null when it does not have the shape of its kind. */
export function readChangeValues(kind: ChangeRequestKindName, raw: unknown): ChangeValues | null {
  const parsed = PAYLOAD[kind].safeParse(raw);
  return parsed.success ? ({ kind, value: parsed.data } as ChangeValues) : null;
}
