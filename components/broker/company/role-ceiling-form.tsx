"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { setCompanyRoleCeilingAction } from "@/lib/actions/company-admin/set-company-role-ceiling";
import type { Msg } from "@/lib/i18n/message-key";
import type { CompanyRole } from "@/lib/validation/company-admin";
import { CEILING_ROLES } from "./company-roles";
import { RoleCheckboxes } from "./role-checkboxes";

/** The broker's ceiling: which roles the company's own user manager may hand out. */
export function RoleCeilingForm({
  companyId,
  ceiling,
  canEdit,
}: {
  companyId: string;
  ceiling: CompanyRole[];
  canEdit: boolean;
}) {
  const t = useTranslations("companyAdmin.ceiling");
  const tl = useTranslations("labels");
  const router = useRouter();
  const [roles, setRoles] = useState<CompanyRole[]>(ceiling);
  const [error, setError] = useState<Msg | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(null);
    startTransition(async () => {
      try {
        const result = await setCompanyRoleCeilingAction(companyId, roles);
        if (!result.ok) return setError(result.error);
        setDone(result.data.revoked > 0 ? t("savedRevoked", { count: result.data.revoked }) : t("saved"));
        router.refresh();
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  return (
    <section className="space-y-3" aria-labelledby="company-ceiling-heading">
      <h2 id="company-ceiling-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="space-y-3 rounded-2xl border border-slate-200 bg-white p-5">
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {canEdit ? (
          <form onSubmit={save} className="space-y-3" data-testid="company-ceiling-form">
            <RoleCheckboxes
              legend={t("heading")}
              roles={CEILING_ROLES}
              value={roles}
              onChange={setRoles}
              disabled={pending}
              testId="company-ceiling"
            />
            <p className="text-xs text-slate-500">{t("narrowHint")}</p>
            <button
              type="submit"
              disabled={pending}
              className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90 disabled:opacity-60"
              data-testid="company-ceiling-save"
            >
              {t("save")}
            </button>
            <FormError message={error} />
            {done && <FormSuccess>{done}</FormSuccess>}
          </form>
        ) : ceiling.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5" data-testid="company-ceiling-list">
            {ceiling.map((r) => (
              <li key={r} className="rounded-full border border-slate-200 px-2 py-0.5 text-xs">
                {tl(`companyRole.${r}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
