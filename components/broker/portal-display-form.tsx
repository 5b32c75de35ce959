"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { setPortalDisplayAction } from "@/lib/actions/releases/set-portal-display";
import type { PortalDisplayInput } from "@/lib/data/releases/set-portal-display";
import type { Msg } from "@/lib/i18n/message-key";

type Props = { initial: PortalDisplayInput; canManage: boolean };

/** "Anzeige im Kundenportal": what every customer of the office is shown (SMV). Owners and admins change it. */
export function PortalDisplayForm({ initial, canManage }: Props) {
  const t = useTranslations("folder.display");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      const result = await setPortalDisplayAction(values);
      if (!result.ok) return setError(result.error);
      setSaved(true);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setPending(false);
    }
  }

  const options = [
    { key: "hideExpiryDates", label: t("hideExpiryDates"), hint: t("hideExpiryDatesHint") },
    { key: "hideFinancials", label: t("hideFinancials"), hint: t("hideFinancialsHint") },
  ] as const;

  return (
    <section aria-labelledby="portal-display-title" className="rounded-2xl border border-slate-200 bg-white p-5">
      <h2 id="portal-display-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <form onSubmit={submit} className="mt-4 space-y-4">
        <fieldset className="space-y-3" disabled={!canManage || pending}>
          <legend className="sr-only">{t("title")}</legend>
          {options.map((o) => (
            <div key={o.key} className="flex items-start gap-3">
              <input
                id={`portal-display-${o.key}`}
                type="checkbox"
                checked={values[o.key]}
                onChange={(e) => {
                  setSaved(false);
                  setValues((v) => ({ ...v, [o.key]: e.target.checked }));
                }}
                aria-describedby={`portal-display-${o.key}-hint`}
                className="accent-brand mt-1 h-4 w-4 shrink-0"
              />
              <div>
                <label htmlFor={`portal-display-${o.key}`} className="text-sm font-medium">
                  {o.label}
                </label>
                <p id={`portal-display-${o.key}-hint`} className="text-xs text-slate-600">
                  {o.hint}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <FormError message={error} />
        <p role="status" className="text-sm text-emerald-700">
          {saved ? t("saved") : ""}
        </p>
        {canManage ? (
          <button
            type="submit"
            disabled={pending}
            className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90 disabled:opacity-60"
          >
            {pending ? t("saving") : t("save")}
          </button>
        ) : (
          <p className="text-sm text-slate-600">{t("ownerOnly")}</p>
        )}
      </form>
    </section>
  );
}
