import { z } from "zod";
import { MOBILE_NUMBER } from "./staff-invitation";
import { TENANT_LOCALES } from "./tenant-settings";

// Platform administration on the root domain: the operator sign-in and tenant management. Messages
// are catalog keys (lib/i18n/messages/*/platform-admin.json); the forms translate them.

export const operatorPasswordInput = z.object({
  email: z
    .string({ error: "platformAdmin.login.validation.emailRequired" })
    .trim()
    .toLowerCase()
    .min(1, "platformAdmin.login.validation.emailRequired")
    .max(254, "platformAdmin.login.validation.emailRequired"),
  password: z
    .string({ error: "platformAdmin.login.validation.passwordRequired" })
    .min(1, "platformAdmin.login.validation.passwordRequired")
    .max(1000, "platformAdmin.login.validation.passwordRequired"),
});
export type OperatorPasswordInput = z.input<typeof operatorPasswordInput>;

const code = z
  .string({ error: "platformAdmin.login.validation.codeSixDigits" })
  .trim()
  .regex(/^\d{3}\s?\d{3}$/, "platformAdmin.login.validation.codeSixDigits");

export const operatorCodeInput = z.object({ code });
export type OperatorCodeInput = z.input<typeof operatorCodeInput>;

/** The first code from the new authenticator app, with the sealed secret the enrolment page showed. */
export const operatorEnrolmentInput = z.object({ sealed: z.string().min(1).max(500), code });

/** Sub-domains that belong to the platform itself (or would look as if they did). */
const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "www",
  "admin",
  "api",
  "app",
  // mail and DNS service names: a tenant there could receive mail or certificates meant for the platform
  "mail",
  "smtp",
  "imap",
  "pop",
  "webmail",
  "mx",
  "ns1",
  "ns2",
  "ftp",
  "autodiscover",
  "autoconfig",
  "mta-sts",
  "static",
  "assets",
  "cdn",
  "platform",
  "portal",
  "status",
  "help",
  "support",
  "login",
  "domains",
]);

// One DNS label: letters, digits, single hyphens inside ("xn--…" and other "--" labels are IDN syntax).
const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const tenantSlug = z
  .string({ error: "platformAdmin.create.validation.slugRequired" })
  .trim()
  .toLowerCase()
  .min(3, "platformAdmin.create.validation.slugLength")
  .max(40, "platformAdmin.create.validation.slugLength")
  .regex(SLUG_FORMAT, "platformAdmin.create.validation.slugFormat")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "platformAdmin.create.validation.slugReserved");

const required = (message: string, max: number) =>
  z.string({ error: message }).trim().min(1, message).max(max, "platformAdmin.create.validation.tooLong");

/** "Neuen Mandanten anlegen"; shared by the form (zodResolver) and lib/data/platform/create-tenant.ts. */
export const createTenantInput = z.object(
  {
    slug: tenantSlug,
    firmName: required("platformAdmin.create.validation.firmNameRequired", 120),
    ownerFirstName: required("platformAdmin.create.validation.ownerFirstNameRequired", 100),
    ownerLastName: required("platformAdmin.create.validation.ownerLastNameRequired", 100),
    ownerEmail: z
      .string({ error: "platformAdmin.create.validation.ownerEmailRequired" })
      .trim()
      .toLowerCase()
      .min(1, "platformAdmin.create.validation.ownerEmailRequired")
      .max(254, "platformAdmin.create.validation.tooLong")
      .pipe(z.email("platformAdmin.create.validation.ownerEmailInvalid")),
    // The registration confirms e-mail and mobile number, so the owner needs one like every staff member.
    ownerMobile: z
      .string({ error: "platformAdmin.create.validation.ownerMobileRequired" })
      .trim()
      .min(1, "platformAdmin.create.validation.ownerMobileRequired")
      .regex(MOBILE_NUMBER, "platformAdmin.create.validation.ownerMobileInvalid"),
    locale: z.enum(TENANT_LOCALES, { error: "platformAdmin.create.validation.localeRequired" }),
  },
  { error: "common.errors.checkInput" },
);
export type CreateTenantInput = z.input<typeof createTenantInput>;

export const tenantIdInput = z.object({ tenantId: z.uuid({ error: "platformAdmin.errors.tenantNotFound" }) });

export const suspendTenantInput = tenantIdInput.extend({
  reason: z
    .string({ error: "platformAdmin.detail.status.validation.reasonRequired" })
    .trim()
    .min(3, "platformAdmin.detail.status.validation.reasonRequired")
    .max(500, "platformAdmin.detail.status.validation.reasonTooLong"),
});
export type SuspendTenantInput = z.input<typeof suspendTenantInput>;
