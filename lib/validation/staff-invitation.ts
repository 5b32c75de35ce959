import { z } from "zod";

export const STAFF_ROLE_KEYS = ["owner", "admin", "advisor", "backoffice", "partner"] as const;
export type StaffRoleKey = (typeof STAFF_ROLE_KEYS)[number];

export const isStandardRole = (key: string): key is StaffRoleKey => (STAFF_ROLE_KEYS as readonly string[]).includes(key);

// Same tolerance as normalizeMobile (separators, 00 prefix); the data layer stores E.164. The
// platform's owner invitation (lib/validation/platform.ts) accepts the same numbers.
export const MOBILE_NUMBER = /^(\+|00)[1-9][\d\s\-/().]{7,24}$/;

// Messages are catalog keys (lib/i18n/messages/*/broker.json); the form translates them.
/** The "Mitarbeiter einladen" form; shared by the form (zodResolver) and the data layer. */
export const staffInvitationInput = z.object(
  {
    firstName: z
      .string({ error: "broker.staff.validation.firstNameRequired" })
      .trim()
      .min(1, "broker.staff.validation.firstNameRequired")
      .max(100, "broker.staff.validation.firstNameTooLong"),
    lastName: z
      .string({ error: "broker.staff.validation.lastNameRequired" })
      .trim()
      .min(1, "broker.staff.validation.lastNameRequired")
      .max(100, "broker.staff.validation.lastNameTooLong"),
    email: z
      .string({ error: "broker.staff.validation.emailRequired" })
      .trim()
      .toLowerCase()
      .min(1, "broker.staff.validation.emailRequired")
      .max(254, "broker.staff.validation.emailTooLong")
      .pipe(z.email("broker.staff.validation.emailInvalid")),
    mobile: z
      .string({ error: "broker.staff.validation.mobileRequired" })
      .trim()
      .min(1, "broker.staff.validation.mobileRequired")
      .regex(MOBILE_NUMBER, "broker.staff.validation.mobileInvalid"),
    // any role key of the tenant, custom roles included; the data layer checks that it exists
    roleKey: z
      .string({ error: "broker.staff.validation.roleRequired" })
      .trim()
      .min(1, "broker.staff.validation.roleRequired")
      .max(80, "broker.staff.errors.roleUnknown"),
  },
  { error: "common.errors.checkInput" },
);
export type StaffInvitationInput = z.input<typeof staffInvitationInput>;

export const staffUserInput = z.object({
  userId: z.uuid({ error: "broker.staff.errors.notFound" }),
});
export type StaffUserInput = z.infer<typeof staffUserInput>;
