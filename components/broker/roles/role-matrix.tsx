"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveRoleMatrixAction } from "@/lib/actions/staff/roles/save-role-matrix";
import type { StaffRights } from "@/lib/auth/staff-rights";
import type { Msg } from "@/lib/i18n/message-key";
import { RIGHT_KEYS, ROLE_FLAGS, type RoleFlag } from "@/lib/validation/staff-roles";

type Column = Pick<MatrixRole, "rights" | RoleFlag>;

export type MatrixRole = {
  id: string;
  /** in the reader's language (default roles) or as the office named it */
  label: string;
  fixed: boolean;
  memberCount: number;
  rights: StaffRights;
  onlyOwnCustomers: boolean;
  hideFinancials: boolean;
  hideExpiryDates: boolean;
};

// Record over every right, so a right added to staffRights cannot be forgotten here.
const GROUP_OF: Record<keyof StaffRights, "customers" | "documents" | "related"> = {
  viewCustomers: "customers",
  editCustomers: "customers",
  listDocuments: "documents",
  importDocuments: "documents",
  viewDocuments: "documents",
  deleteDocuments: "documents",
  manageFamily: "related",
  manageContactPersons: "related",
  editContactData: "related",
  manageBankAccounts: "related",
};
const GROUPS = (["customers", "documents", "related"] as const).map((group) => ({
  group,
  rights: RIGHT_KEYS.filter((k) => GROUP_OF[k] === group),
}));

const columnOf = (r: MatrixRole): Column => ({
  rights: r.rights,
  onlyOwnCustomers: r.onlyOwnCustomers,
  hideFinancials: r.hideFinancials,
  hideExpiryDates: r.hideExpiryDates,
});

/**
 * The SMV role editor as one table: a row per right and restriction, a column per role. Owner and
 * admin columns are shown ticked and locked. Saved as a whole; the server checks everything again.
 * Remount it (key) when the set of roles changes.
 */
export function RoleMatrix({ roles }: { roles: MatrixRole[] }) {
  const t = useTranslations("rights");
  const router = useRouter();
  const editable = roles.filter((r) => !r.fixed);
  const initial = Object.fromEntries(editable.map((r) => [r.id, columnOf(r)]));
  const [saved, setSaved] = useState<Record<string, Column>>(initial);
  const [values, setValues] = useState<Record<string, Column>>(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  const valueOf = (role: MatrixRole): Column => values[role.id] ?? columnOf(role);

  function toggleRight(roleId: string, right: keyof StaffRights) {
    setSavedCount(null);
    setValues((v) => ({
      ...v,
      [roleId]: { ...v[roleId]!, rights: { ...v[roleId]!.rights, [right]: !v[roleId]!.rights[right] } },
    }));
  }
  function toggleFlag(roleId: string, flag: RoleFlag) {
    setSavedCount(null);
    setValues((v) => ({ ...v, [roleId]: { ...v[roleId]!, [flag]: !v[roleId]![flag] } }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSavedCount(null);
    setPending(true);
    try {
      const result = await saveRoleMatrixAction({ roles: editable.map((r) => ({ roleId: r.id, ...valueOf(r) })) });
      if (!result.ok) return setError(result.error);
      setSaved(values);
      setSavedCount(result.data.changed);
      router.refresh();
    } catch {
      setError("rights.matrix.failed");
    } finally {
      setPending(false);
    }
  }

  const cell = (role: MatrixRole, label: string, checked: boolean, onChange: () => void) => (
    <td key={role.id} className="px-2 py-2 text-center">
      <input
        type="checkbox"
        className="accent-brand size-5 disabled:opacity-60"
        aria-label={t("matrix.checkbox", { right: label, role: role.label })}
        checked={checked}
        disabled={role.fixed || pending}
        onChange={onChange}
      />
    </td>
  );
  const rowHead = (label: string, description: string) => (
    <th scope="row" className="sticky left-0 z-10 w-44 min-w-44 bg-white px-3 py-2 text-left font-normal sm:w-72 sm:min-w-72">
      <span className="block font-medium">{label}</span>
      <span className="block text-xs text-slate-600">{description}</span>
    </th>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="role-matrix-title">
      <div>
        <h2 id="role-matrix-title" className="text-lg font-semibold">
          {t("matrix.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("matrix.fixedHint")}</p>
        <p className="text-xs text-slate-500 sm:hidden">{t("matrix.scrollHint")}</p>
      </div>
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="role-matrix">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-3 text-left uppercase">
                {t("matrix.right")}
              </th>
              {roles.map((role) => (
                <th key={role.id} scope="col" className="min-w-24 px-2 py-3 text-center align-bottom font-medium">
                  <span className="block text-sm text-slate-900">{role.label}</span>
                  {role.fixed && (
                    <span className="mt-0.5 inline-block rounded-full bg-slate-200 px-2 text-[11px]">
                      {t("matrix.fixedBadge")}
                    </span>
                  )}
                  <span className="block font-normal">{t("matrix.members", { count: role.memberCount })}</span>
                </th>
              ))}
            </tr>
          </thead>
          {GROUPS.map(({ group, rights }) => (
            <tbody key={group} className="divide-y divide-slate-100 border-t border-slate-200">
              <tr>
                <th
                  scope="colgroup"
                  colSpan={roles.length + 1}
                  className="bg-slate-50 px-3 py-2 text-left text-xs text-slate-600 uppercase"
                >
                  <span className="sticky left-3">{t(`matrix.groups.${group}`)}</span>
                </th>
              </tr>
              {rights.map((right) => (
                <tr key={right}>
                  {rowHead(t(`rightNames.${right}.label`), t(`rightNames.${right}.description`))}
                  {roles.map((role) =>
                    cell(role, t(`rightNames.${right}.label`), valueOf(role).rights[right], () => toggleRight(role.id, right)),
                  )}
                </tr>
              ))}
            </tbody>
          ))}
          <tbody className="divide-y divide-slate-100 border-t border-slate-200">
            <tr>
              <th
                scope="colgroup"
                colSpan={roles.length + 1}
                className="bg-slate-50 px-3 py-2 text-left text-xs text-slate-600 uppercase"
              >
                <span className="sticky left-3">{t("matrix.groups.restrictions")}</span>
              </th>
            </tr>
            {ROLE_FLAGS.map((flag) => (
              <tr key={flag}>
                {rowHead(t(`flags.${flag}.label`), t(`flags.${flag}.description`))}
                {roles.map((role) => cell(role, t(`flags.${flag}.label`), valueOf(role)[flag], () => toggleFlag(role.id, flag)))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormError message={error} />
      {savedCount !== null && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("matrix.saved", { count: savedCount })}
        </p>
      )}
      {editable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} pendingLabel={t("matrix.saving")} fullWidth={false}>
            {t("matrix.save")}
          </SubmitButton>
          {dirty && <span className="text-sm text-amber-800">{t("matrix.unsaved")}</span>}
        </div>
      )}
    </form>
  );
}
