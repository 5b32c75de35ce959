import { z } from "zod";
import { COUNTRIES, postalCodeFits } from "./customer";

// Messages are catalog keys (lib/i18n/messages/*/company-admin.json, "objects.validation").
export const INSURED_OBJECT_KINDS = ["VEHICLE", "BUILDING", "MACHINE", "OTHER"] as const;
export type InsuredObjectKindValue = (typeof INSURED_OBJECT_KINDS)[number];

const TOO_LONG = "companyAdmin.objects.validation.tooLong";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, TOO_LONG)
    .transform((v) => v.replace(/\s+/g, " ") || null);

/** A vehicle identification number: 17 characters, letters and digits without I, O and Q (ISO 3779). */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Upper case without spaces, so "wdb 9634031l123456" is stored as "WDB9634031L123456". */
export function normalizeVin(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase();
}

const vin = z
  .string()
  .trim()
  .max(40, "companyAdmin.objects.validation.vinInvalid")
  .transform((value, ctx) => {
    const normalized = normalizeVin(value);
    if (!normalized) return null;
    if (!VIN_PATTERN.test(normalized)) {
      ctx.addIssue({ code: "custom", message: "companyAdmin.objects.validation.vinInvalid" });
      return z.NEVER;
    }
    return normalized;
  });

/** "hh ab 1234" → "HH AB 1234": upper case, single spaces. */
const licensePlate = z
  .string()
  .trim()
  .max(20, TOO_LONG)
  .transform((value, ctx) => {
    const normalized = value.replace(/\s+/g, " ").toUpperCase();
    if (!normalized) return null;
    if (!/^[\p{Lu}\p{Nd}][\p{Lu}\p{Nd} .\-]*$/u.test(normalized)) {
      ctx.addIssue({ code: "custom", message: "companyAdmin.objects.validation.licensePlateInvalid" });
      return z.NEVER;
    }
    return normalized;
  });

const FIELDS_OF_KIND: Record<InsuredObjectKindValue, readonly string[]> = {
  VEHICLE: ["licensePlate", "vin"],
  BUILDING: ["street", "postalCode", "city", "country"],
  MACHINE: ["manufacturer", "serialNumber"],
  OTHER: [],
};

const KIND_FIELDS = ["licensePlate", "vin", "street", "postalCode", "city", "country", "manufacturer", "serialNumber"] as const;

const objectFields = z
  .object({
    kind: z.enum(INSURED_OBJECT_KINDS, { error: "companyAdmin.objects.validation.kindInvalid" }),
    name: z.string().trim().min(1, "companyAdmin.objects.validation.nameRequired").max(140, TOO_LONG),
    contractId: z
      .string()
      .trim()
      .transform((v) => v || null)
      .pipe(z.uuid("companyAdmin.objects.validation.contractInvalid").nullable()),
    licensePlate,
    vin,
    street: text(140),
    postalCode: text(10),
    city: text(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .transform((value, ctx) => {
        if (!value) return null;
        if (!(COUNTRIES as readonly string[]).includes(value)) {
          ctx.addIssue({ code: "custom", message: "companyAdmin.objects.validation.countryInvalid" });
          return z.NEVER;
        }
        return value;
      }),
    manufacturer: text(100),
    serialNumber: text(60),
  })
  .superRefine(
    (value, ctx) => {
      if (value.kind === "VEHICLE" && !value.licensePlate && !value.vin) {
        ctx.addIssue({ code: "custom", path: ["licensePlate"], message: "companyAdmin.objects.validation.plateOrVinRequired" });
      }
      if (value.kind === "BUILDING") {
        if (!value.street)
          ctx.addIssue({ code: "custom", path: ["street"], message: "companyAdmin.objects.validation.streetRequired" });
        if (!value.city)
          ctx.addIssue({ code: "custom", path: ["city"], message: "companyAdmin.objects.validation.cityRequired" });
        if (!value.country)
          ctx.addIssue({ code: "custom", path: ["country"], message: "companyAdmin.objects.validation.countryInvalid" });
        if (!value.postalCode) {
          ctx.addIssue({ code: "custom", path: ["postalCode"], message: "companyAdmin.objects.validation.postalCodeRequired" });
        } else if (value.country && !postalCodeFits(value.country, value.postalCode)) {
          ctx.addIssue({ code: "custom", path: ["postalCode"], message: "companyAdmin.objects.validation.postalCodeInvalid" });
        }
      }
    },
    {
      // Only the kind decides which rules apply; the others run even when unrelated fields are wrong.
      when: (payload) => !payload.issues.some((issue) => ["kind", "postalCode", "country"].includes(String(issue.path?.[0]))),
    },
  );

/** What the form sends: every field as text (the kind decides which of them count). */
const submitted = z.object({
  kind: z.string(),
  name: z.string(),
  contractId: z.string(),
  licensePlate: z.string(),
  vin: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  manufacturer: z.string(),
  serialNumber: z.string(),
});

/** Empties the fields another kind uses, so a value typed before switching the kind is neither checked nor kept. */
function withoutOtherKindsFields(raw: z.output<typeof submitted>): z.output<typeof submitted> {
  if (!(raw.kind in FIELDS_OF_KIND)) return raw;
  const kept = new Set(FIELDS_OF_KIND[raw.kind as InsuredObjectKindValue]);
  const out = { ...raw };
  for (const field of KIND_FIELDS) if (!kept.has(field)) out[field] = "";
  return out;
}

/**
 * An insured object of a customer (vehicle, building, machine, other). One form for every kind: the
 * fields of other kinds are ignored and stored empty. Buildings need an address whose postcode fits
 * the country; vehicles a plate or a VIN.
 */
export const insuredObjectInput = submitted.transform(withoutOtherKindsFields).pipe(objectFields);

export type InsuredObjectInput = z.input<typeof insuredObjectInput>;
export type InsuredObjectData = z.output<typeof insuredObjectInput>;

/** The fields an object's audit entry may name (never their values). */
export const INSURED_OBJECT_FIELDS = ["kind", "name", "contractId", ...KIND_FIELDS] as const;

export const BLANK_INSURED_OBJECT: InsuredObjectInput = {
  kind: "VEHICLE",
  name: "",
  contractId: "",
  licensePlate: "",
  vin: "",
  street: "",
  postalCode: "",
  city: "",
  country: "DE",
  manufacturer: "",
  serialNumber: "",
};
