"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { revokeHouseholdConsentAction } from "@/lib/actions/households/revoke-household-consent";
import type { HouseholdConsentRow } from "@/lib/data/households/get-household-panel";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { useHouseholdAction } from "./use-household-action";

type Props = { customerId: string; consents: HouseholdConsentRow[]; canManage: boolean };

/** Wer gibt frei → Wer darf sehen, with date and form; revoked consents stay listed as proof. */
export function HouseholdConsents({ customerId, consents, canManage }: Props) {
  const t = useTranslations("households.consents");
  const locale = useLocale() as AppLocale;
  const { run, pending, error } = useHouseholdAction();
  const [revokingId, setRevokingId] = useState<string | null>(null);

  async function revoke(consent: HouseholdConsentRow) {
    if (!window.confirm(t("confirmRevoke", { grantor: consent.grantorName, grantee: consent.granteeName }))) return;
    setRevokingId(consent.id);
    await run(() => revokeHouseholdConsentAction(customerId, consent.id));
    setRevokingId(null);
  }

  if (consents.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-xl border border-slate-200">
        <table className="w-full text-left text-sm" data-testid="household-consents">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("grantor")} → {t("grantee")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("date")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("form")}
              </th>
              {canManage && (
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">{t("revoke")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {consents.map((c) => (
              <tr key={c.id} className={c.revokedAt ? "text-slate-500" : undefined}>
                <td className="px-3 py-2">
                  <span className={c.revokedAt ? "line-through" : "font-medium"}>{c.grantorName}</span>
                  {" → "}
                  <span className={c.revokedAt ? "line-through" : "font-medium"}>{c.granteeName}</span>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {formatDate(c.grantedAt, locale)}
                  {c.revokedAt && (
                    <span className="block text-xs">{t("revokedOn", { date: formatDateTime(c.revokedAt, locale) })}</span>
                  )}
                </td>
                <td className="px-3 py-2">{c.hasForm ? (c.formTitle ?? t("formHidden")) : t("noForm")}</td>
                {canManage && (
                  <td className="px-3 py-2 text-right">
                    {!c.revokedAt && (
                      <button
                        type="button"
                        onClick={() => revoke(c)}
                        disabled={pending}
                        className="rounded-lg border border-slate-300 px-3 py-1.5 whitespace-nowrap hover:bg-slate-50 disabled:opacity-60"
                      >
                        {revokingId === c.id ? t("revoking") : t("revoke")}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormError message={error} />
    </div>
  );
}
