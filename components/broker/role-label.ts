import { isStandardRole, type StaffRoleKey } from "@/lib/validation/staff-invitation";

// Structural so the translators of getTranslations("labels") and useTranslations("labels") both fit.
type LabelsTranslator = (key: `staffRole.${StaffRoleKey}`) => string;

/**
 * The five standard roles in the reader's language; any other role keeps the name the broker gave it
 * (the stored names of the standard roles are the German seed names).
 */
export function roleLabel(t: LabelsTranslator, role: { key: string; name: string }): string {
  return isStandardRole(role.key) ? t(`staffRole.${role.key}`) : role.name;
}
