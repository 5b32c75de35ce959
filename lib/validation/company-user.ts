import { z } from "zod";

/** Every company role in display order (the enum CompanyRole, as plain strings for client code). */
export const COMPANY_ROLES = [
  "USER_MANAGER",
  "OCCUPATIONAL_PENSION",
  "PERSONAL_LINES",
  "FLEET_MANAGER",
  "OTHER_LINES",
  "FULL_ACCESS",
  "GROUP_MANAGER",
] as const;
export type CompanyRoleName = (typeof COMPANY_ROLES)[number];

/** Roles a company's own user manager may ever hand out (within the broker's ceiling): never USER_MANAGER. */
export function assignableWithin(ceiling: readonly string[]): CompanyRoleName[] {
  return COMPANY_ROLES.filter((role) => role !== "USER_MANAGER" && ceiling.includes(role));
}

// Messages are catalog keys (lib/i18n/messages/*/company-users.json).
const roleList = z
  .array(z.enum(COMPANY_ROLES, { message: "companyUsers.errors.roleNotAllowed" }))
  .max(COMPANY_ROLES.length * 2, "companyUsers.errors.roleNotAllowed")
  .transform((roles) => COMPANY_ROLES.filter((role) => roles.includes(role)));

/** "Portalkonto erstellen": the contact and the role sets ticked for them (at least one). */
export const companyAccountInput = z.object({
  contactId: z.uuid("common.errors.checkInput"),
  roles: roleList.refine((roles) => roles.length > 0, "companyUsers.errors.noRole"),
});
export type CompanyAccountInput = z.input<typeof companyAccountInput>;

/** "Rollen speichern": the complete set of role sets the account should hold afterwards (may be empty). */
export const companyUserRolesInput = z.object({ roles: roleList });
export type CompanyUserRolesInput = z.input<typeof companyUserRolesInput>;

/** The search box of the contact list. */
export const companyContactSearch = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type CompanyContactSearch = z.input<typeof companyContactSearch>;
