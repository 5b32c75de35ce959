"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { createCompanyAccountAction } from "@/lib/actions/company-users/create-company-account";
import { disableCompanyUserAction } from "@/lib/actions/company-users/disable-company-user";
import { enableCompanyUserAction } from "@/lib/actions/company-users/enable-company-user";
import { resendCompanyInvitationAction } from "@/lib/actions/company-users/resend-company-invitation";
import { setCompanyUserRolesAction } from "@/lib/actions/company-users/set-company-user-roles";
import type { Msg } from "@/lib/i18n/message-key";
import type { CompanyRoleName } from "@/lib/validation/company-user";
import { AccountStatusBadge } from "./account-status-badge";

type Account = {
  userId: string;
  status: "INVITED" | "ACTIVE" | "DISABLED";
  roles: CompanyRoleName[];
  isUserManager: boolean;
  isSelf: boolean;
  /** from getCompanyContact: another account holding only roles within the ceiling (no user manager) */
  withinReach?: boolean;
  /** from getCompanyContact: deactivated by a user manager (not the broker), so it may be activated here */
  canEnable?: boolean;
};

type Props = {
  contactId: string;
  contactName: string;
  account: Account | null;
  /** role sets within the broker's ceiling, in display order */
  assignableRoles: CompanyRoleName[];
  /** the open invitation of an INVITED account, already formatted */
  invitation: { validUntil: string; expired: boolean } | null;
};

type Done = "created" | "rolesSaved" | "resent" | "disabled" | "enabled";

/**
 * "Portalkonto" of a contact for the user manager: create the account with role sets from the broker's
 * ceiling, then change its roles, resend the invitation, deactivate or activate it.
 */
export function CompanyAccountPanel({ contactId, contactName, account, assignableRoles, invitation }: Props) {
  const t = useTranslations("companyUsers.detail");
  const tForm = useTranslations("companyUsers.form");
  const tRole = useTranslations("labels.companyRole");
  const tHint = useTranslations("labels.companyRoleHint");
  const router = useRouter();
  const [selected, setSelected] = useState<CompanyRoleName[]>(
    account ? account.roles.filter((role) => assignableRoles.includes(role)) : [],
  );
  const [pending, setPending] = useState<Done | null>(null);
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  async function run(kind: Done, action: () => Promise<ActionResult<{ id: string }>>) {
    setError(null);
    setDone(null);
    setPending(kind);
    try {
      const result = await action();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setDone(kind);
      setConfirmingDisable(false);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setPending(null);
    }
  }

  const toggle = (role: CompanyRoleName, on: boolean) =>
    setSelected((current) => (on ? [...current, role] : current.filter((r) => r !== role)));

  const brokerRoles = account ? account.roles.filter((role) => !assignableRoles.includes(role)) : [];
  // Another user manager's account, or one with roles only the broker can grant, is the broker's to change.
  const otherUserManager = account !== null && account.isUserManager && !account.isSelf;
  const brokerLocked =
    account !== null && !account.isSelf && !account.isUserManager && (account.withinReach === false || brokerRoles.length > 0);
  const locked = otherUserManager || brokerLocked;
  const enableAllowed = account !== null && account.canEnable !== false;

  const roleBoxes = (
    <fieldset className="space-y-2" data-testid="company-role-options">
      <legend className="text-sm font-medium">{t("rolesLegend")}</legend>
      <p className="text-xs text-slate-500">{t("rolesHint")}</p>
      {assignableRoles.map((role) => (
        <label
          key={role}
          className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 hover:bg-slate-50"
        >
          <input
            type="checkbox"
            className="mt-1 size-4"
            checked={selected.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
            disabled={pending !== null}
            data-testid={`company-role-${role}`}
          />
          <span>
            <span className="block font-medium">{tRole(role)}</span>
            <span className="block text-sm text-slate-600">{tHint(role)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );

  const feedback = (
    <>
      <FormError message={error} />
      {done && <FormSuccess>{t(done)}</FormSuccess>}
    </>
  );

  if (!account) {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      void run("created", () => createCompanyAccountAction({ contactId, roles: selected }));
    };
    return (
      <div className="space-y-4" data-testid="company-account-panel" data-account-status="NONE">
        <p className="text-slate-700">{t("noAccount")}</p>
        {assignableRoles.length === 0 ? (
          <p role="note" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
            {t("noAssignableRoles")}
          </p>
        ) : (
          <form onSubmit={submit} className="space-y-4" noValidate>
            <p className="text-sm text-slate-600">{t("createIntro")}</p>
            {roleBoxes}
            {feedback}
            <PrimarySubmit pending={pending === "created"} testId="company-account-create">
              {pending === "created" ? t("creating") : t("createAccount")}
            </PrimarySubmit>
          </form>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-4" data-testid="company-account-panel" data-account-status={account.status}>
      <div className="flex flex-wrap items-center gap-3">
        <AccountStatusBadge status={account.status} testId="company-account-status" />
        {account.status === "INVITED" && invitation && (
          <span className="text-sm text-slate-600">
            {invitation.expired ? t("invitationExpired") : t("invitedUntil", { date: invitation.validUntil })}
          </span>
        )}
      </div>
      {account.status === "DISABLED" && <p className="text-sm text-slate-700">{t("disabledHint")}</p>}
      {locked ? (
        <p role="note" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700" data-testid="company-account-locked">
          {otherUserManager ? t("otherUserManager") : t("brokerLocked")}
        </p>
      ) : (
        <>
          {account.isSelf && (
            <p role="note" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
              {t("selfHint")}
            </p>
          )}
          {assignableRoles.length > 0 ? (
            <form
              className="space-y-4"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void run("rolesSaved", () => setCompanyUserRolesAction(account.userId, { roles: selected }));
              }}
            >
              {roleBoxes}
              <PrimarySubmit pending={pending === "rolesSaved"} testId="company-roles-save">
                {pending === "rolesSaved" ? t("savingRoles") : t("saveRoles")}
              </PrimarySubmit>
            </form>
          ) : (
            <p role="note" className="text-sm text-slate-600">
              {t("noAssignableRoles")}
            </p>
          )}
        </>
      )}
      {brokerRoles.length > 0 && (
        <p className="text-sm text-slate-600" data-testid="company-broker-roles">
          {t("brokerRoles", { roles: brokerRoles.map((role) => tRole(role)).join(", ") })}
        </p>
      )}
      {feedback}
      {!locked && (
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
          {account.status === "INVITED" && (
            <button
              type="button"
              onClick={() => void run("resent", () => resendCompanyInvitationAction(account.userId))}
              disabled={pending !== null}
              className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium hover:bg-slate-50 disabled:opacity-60"
              data-testid="company-invitation-resend"
            >
              {pending === "resent" ? t("resending") : t("resend")}
            </button>
          )}
          {!account.isSelf && account.status !== "DISABLED" && !confirmingDisable && (
            <button
              type="button"
              onClick={() => setConfirmingDisable(true)}
              disabled={pending !== null}
              className="rounded-lg border border-red-300 bg-white px-4 py-2.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
              data-testid="company-account-disable"
            >
              {t("disable")}
            </button>
          )}
          {confirmingDisable && (
            <div className="flex w-full flex-wrap items-center gap-2" data-testid="company-account-disable-confirm">
              <p className="w-full text-sm font-medium">{t("confirmDisable", { name: contactName })}</p>
              <ConfirmPair
                confirmLabel={t("disable")}
                cancelLabel={tForm("cancel")}
                onConfirm={() => void run("disabled", () => disableCompanyUserAction(account.userId))}
                onCancel={() => setConfirmingDisable(false)}
                pending={pending === "disabled"}
              />
            </div>
          )}
          {!account.isSelf && account.status === "DISABLED" && !enableAllowed && (
            <p role="note" className="text-sm text-slate-600" data-testid="company-account-disabled-by-broker">
              {t("disabledByBroker")}
            </p>
          )}
          {!account.isSelf && account.status === "DISABLED" && enableAllowed && (
            <button
              type="button"
              onClick={() => void run("enabled", () => enableCompanyUserAction(account.userId))}
              disabled={pending !== null}
              className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
              data-testid="company-account-enable"
            >
              {t("enable")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The panel's primary submit button (SubmitButton with a test id). */
function PrimarySubmit({ pending, testId, children }: { pending: boolean; testId: string; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
      data-testid={testId}
    >
      {children}
    </button>
  );
}
