"use client";

import { useTranslations } from "next-intl";
import type { CompanyRole } from "@/lib/validation/company-admin";

type Props = {
  legend: string;
  roles: readonly CompanyRole[];
  value: CompanyRole[];
  onChange: (roles: CompanyRole[]) => void;
  disabled?: boolean;
  /** data-testid of each box: `${testId}-${ROLE}` */
  testId: string;
};

/** Checkboxes for company roles, each with the role's one-line explanation. */
export function RoleCheckboxes({ legend, roles, value, onChange, disabled, testId }: Props) {
  const t = useTranslations("labels");
  function toggle(role: CompanyRole, checked: boolean) {
    onChange(checked ? [...value, role] : value.filter((r) => r !== role));
  }
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {roles.map((role) => (
        <label key={role} className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 size-4 shrink-0"
            checked={value.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
            data-testid={`${testId}-${role}`}
          />
          <span>
            <span className="font-medium">{t(`companyRole.${role}`)}</span>
            <span className="block text-xs text-slate-600">{t(`companyRoleHint.${role}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
