import type { CompanyRole } from "@/lib/validation/company-admin";

/** Every company role in display order; the broker may give any of them. */
export const ALL_COMPANY_ROLES = [
  "USER_MANAGER",
  "OCCUPATIONAL_PENSION",
  "PERSONAL_LINES",
  "FLEET_MANAGER",
  "OTHER_LINES",
  "FULL_ACCESS",
  "GROUP_MANAGER",
] as const satisfies readonly CompanyRole[];

/** What a company's user manager may be allowed to hand out (the ceiling): never USER_MANAGER. */
export const CEILING_ROLES = ALL_COMPANY_ROLES.filter((r) => r !== "USER_MANAGER");
