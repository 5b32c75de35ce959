"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveEmailPreferencesAction } from "@/lib/actions/notifications/save-email-preferences";
import type { Msg } from "@/lib/i18n/message-key";
import { emailPreferencesInput, type EmailCategory, type EmailPreferences } from "@/lib/validation/email-preferences";

const LABELS = {
  documents: "categoryDocuments",
  messages: "categoryMessages",
  status: "categoryStatus",
} as const satisfies Record<EmailCategory, string>;

/** "E-Mail-Benachrichtigungen": one checkbox per kind of news; in-app notifications always stay on. */
export function EmailPreferencesForm({ initial }: { initial: EmailPreferences }) {
  const t = useTranslations("notifications.preferences");
  const [values, setValues] = useState<EmailPreferences>(initial);
  const [error, setError] = useState<Msg | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const parsed = emailPreferencesInput.safeParse(values);
    if (!parsed.success) {
      setError("common.errors.checkInput");
      return;
    }
    startTransition(async () => {
      try {
        const result = await saveEmailPreferencesAction(parsed.data);
        if (result.ok) {
          setValues(result.data);
          setSaved(true);
        } else setError(result.error);
      } catch {
        setError("notifications.errors.tryAgain");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" noValidate>
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium">{t("legend")}</legend>
        {(Object.keys(LABELS) as EmailCategory[]).map((category) => (
          <label key={category} className="flex items-start gap-3">
            <input
              type="checkbox"
              name={category}
              checked={values[category]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setSaved(false);
                setValues((v) => ({ ...v, [category]: checked }));
              }}
              className="accent-brand mt-0.5 h-5 w-5 shrink-0"
            />
            <span>{t(LABELS[category])}</span>
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-700">{t("privacy")}</p>
      <FormError message={error} />
      <p role="status" className="text-sm text-green-800">
        {saved ? t("saved") : ""}
      </p>
      <SubmitButton pending={pending} pendingLabel={t("saving")} fullWidth={false}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
