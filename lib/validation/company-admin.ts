import { z } from "zod";
import { CompanyRole, LineGroup } from "../db/generated/enums";

// Messages are catalog keys (lib/i18n/messages/*/company-admin.json).

/** Roles a company account holds; duplicates collapse, order is the enum's. */
export const companyRolesInput = z
  .array(z.enum(CompanyRole, { message: "companyAdmin.errors.invalidRoles" }), {
    message: "companyAdmin.errors.invalidRoles",
  })
  .max(Object.keys(CompanyRole).length * 2, "companyAdmin.errors.invalidRoles")
  .transform((roles) => (Object.values(CompanyRole) as CompanyRole[]).filter((r) => roles.includes(r)));

/** The broker's ceiling: what the company's user manager may hand out. USER_MANAGER is the broker's alone. */
export const companyRoleCeilingInput = companyRolesInput.refine((roles) => !roles.includes("USER_MANAGER"), {
  message: "companyAdmin.errors.ceilingUserManager",
});

const LINE_CODE = /^\d{3}$/;

/**
 * One adjustable role's line mapping. lineCodes come as a list or as a comma/space separated text (the
 * form's field); each must be a three-digit GDV code. Whether the code exists in the catalog is checked by
 * the data layer (lib/data/company-roles/save-role-coverage.ts).
 */
export const roleCoverageInput = z.object({
  lineGroups: z
    .array(z.enum(LineGroup, { message: "companyAdmin.errors.invalidLineGroup" }))
    .max(10, "companyAdmin.errors.invalidLineGroup")
    .transform((groups) => (Object.values(LineGroup) as LineGroup[]).filter((g) => groups.includes(g))),
  lineCodes: z
    .union([z.string().max(1000, "companyAdmin.errors.lineCodeFormat"), z.array(z.string().max(10)).max(200)])
    .transform((value, ctx) => {
      const parts = (Array.isArray(value) ? value : value.split(/[\s,;]+/)).map((c) => c.trim()).filter(Boolean);
      if (parts.some((c) => !LINE_CODE.test(c))) {
        ctx.addIssue({ code: "custom", message: "companyAdmin.errors.lineCodeFormat" });
        return z.NEVER;
      }
      return [...new Set(parts)].sort();
    }),
  occupationalPension: z.boolean(),
  unassignedLines: z.boolean(),
});

export type RoleCoverageInput = z.input<typeof roleCoverageInput>;

export type { CompanyRole, LineGroup, UserStatus } from "../db/generated/enums";
