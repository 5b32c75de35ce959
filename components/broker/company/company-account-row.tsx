"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { inviteCompanyContactAction } from "@/lib/actions/company-admin/invite-company-contact";
import { resendCompanyInvitationAction } from "@/lib/actions/company-admin/resend-company-invitation";
import { setCompanyUserDisabledAction } from "@/lib/actions/company-admin/set-company-user-disabled";
import { setCompanyUserRolesAction } from "@/lib/actions/company-admin/set-company-user-roles";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { CompanyAdminContact } from "@/lib/data/company-admin/get-company-admin";
import type { Msg } from "@/lib/i18n/message-key";
import type { CompanyRole } from "@/lib/validation/company-admin";
import { ALL_COMPANY_ROLES } from "./company-roles";
import { RoleCheckboxes } from "./role-checkboxes";

const secondary =
  "rounded-lg border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60";
const primary = "bg-brand text-on-brand rounded-lg px-3 py-1.5 text-sm font-medium hover:opacity-90 disabled:opacity-60";

const STATE_STYLE: Record<string, string> = {
  NONE: "bg-slate-100 text-slate-700",
  INVITED: "bg-sky-50 text-sky-800",
  EXPIRED: "bg-amber-50 text-amber-900",
  ACTIVE: "bg-emerald-50 text-emerald-800",
  DISABLED: "bg-red-50 text-red-800",
};

type Props = { companyId: string; contact: CompanyAdminContact; canEdit: boolean };

/** One contact person on the company page: portal account state, roles, and the broker's account actions. */
export function CompanyAccountRow({ companyId, contact, canEdit }: Props) {
  const t = useTranslations("companyAdmin.accounts");
  const tl = useTranslations("labels");
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "invite" | "roles">("view");
  const [roles, setRoles] = useState<CompanyRole[]>(contact.account?.roles.map((r) => r.role) ?? []);
  const [error, setError] = useState<Msg | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const name = `${contact.firstName} ${contact.lastName}`;
  const account = contact.account;
  const state = account?.state ?? "NONE";

  function run(action: () => Promise<ActionResult<unknown>>, success: string) {
    setError(null);
    setDone(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) return setError(result.error);
        setMode("view");
        setDone(success);
        router.refresh();
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  return (
    <li className="space-y-3 px-4 py-4" data-testid="company-account-row" data-contact-id={contact.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-52 flex-1 text-sm">
          <p className="text-base font-medium break-words">{name}</p>
          {contact.position && <p className="text-slate-600">{contact.position}</p>}
          {(account?.email ?? contact.email) && <p className="break-all text-slate-700">{account?.email ?? contact.email}</p>}
          <p className="mt-2 flex flex-wrap items-center gap-1.5">
            <span className={`rounded-full px-2 py-0.5 text-xs ${STATE_STYLE[state]}`} data-testid="company-account-status">
              {t(`status.${state}`)}
            </span>
            {account &&
              (account.roles.length === 0 ? (
                <span className="text-xs text-slate-600">{t("noRoles")}</span>
              ) : (
                account.roles.map((r) => (
                  <span
                    key={r.role}
                    className="rounded-full border border-slate-200 px-2 py-0.5 text-xs text-slate-800"
                    title={t("grantedBy", { grantor: tl(`roleGrantor.${r.grantedBy}`) })}
                    data-testid={`company-account-role-${r.role}`}
                  >
                    {tl(`companyRole.${r.role}`)}
                    <span className="sr-only"> ({t("grantedBy", { grantor: tl(`roleGrantor.${r.grantedBy}`) })})</span>
                  </span>
                ))
              ))}
          </p>
          {!account && !contact.canHaveAccount && <p className="mt-1 text-xs text-slate-600">{t("missingData")}</p>}
        </div>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label={t("actionsFor", { name })}>
          {account && (
            <Link
              href={`/broker/customers/${companyId}/company/users/${account.id}`}
              className={secondary}
              data-testid="company-account-access-link"
            >
              {t("showAccess")}
            </Link>
          )}
          {canEdit && mode === "view" && !account && contact.canHaveAccount && (
            <button
              type="button"
              className={secondary}
              disabled={pending}
              onClick={() => setMode("invite")}
              data-testid="company-invite-open"
            >
              {t("invite")}
            </button>
          )}
          {canEdit && mode === "view" && account && (
            <button
              type="button"
              className={secondary}
              disabled={pending}
              onClick={() => {
                setRoles(account.roles.map((r) => r.role));
                setMode("roles");
              }}
              data-testid="company-roles-open"
            >
              {t("editRoles")}
            </button>
          )}
          {canEdit && account && (state === "INVITED" || state === "EXPIRED") && (
            <button
              type="button"
              className={secondary}
              disabled={pending}
              onClick={() => run(() => resendCompanyInvitationAction(account.id), t("resent"))}
              data-testid="company-invite-resend"
            >
              {t("resend")}
            </button>
          )}
          {canEdit && account && state !== "DISABLED" && (
            <button
              type="button"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("confirmDisable", { name })))
                  run(() => setCompanyUserDisabledAction(account.id, true), t("status.DISABLED"));
              }}
              className="rounded-lg border border-red-200 bg-white px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
              data-testid="company-account-disable"
            >
              {t("disable")}
            </button>
          )}
          {canEdit && account && state === "DISABLED" && (
            <button
              type="button"
              className={secondary}
              disabled={pending}
              onClick={() => run(() => setCompanyUserDisabledAction(account.id, false), t("enable"))}
              data-testid="company-account-enable"
            >
              {t("enable")}
            </button>
          )}
        </div>
      </div>
      {mode !== "view" && (
        <form
          className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4"
          data-testid={mode === "invite" ? "company-invite-form" : "company-roles-form"}
          onSubmit={(e) => {
            e.preventDefault();
            if (mode === "invite") run(() => inviteCompanyContactAction(contact.id, roles), t("invited"));
            else if (account) run(() => setCompanyUserRolesAction(account.id, roles), t("rolesSaved"));
          }}
        >
          {mode === "invite" && (
            <>
              <p className="font-medium">{t("inviteTitle", { name })}</p>
              <p className="text-xs text-slate-600">{t("inviteHint", { email: contact.email ?? "" })}</p>
            </>
          )}
          <RoleCheckboxes
            legend={t("roles")}
            roles={ALL_COMPANY_ROLES}
            value={roles}
            onChange={setRoles}
            disabled={pending}
            testId="company-role"
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primary} disabled={pending} data-testid="company-account-submit">
              {mode === "invite" ? t("sendInvite") : t("saveRoles")}
            </button>
            <button type="button" className={secondary} disabled={pending} onClick={() => setMode("view")}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
      <FormError message={error} />
      {done && <FormSuccess>{done}</FormSuccess>}
    </li>
  );
}
