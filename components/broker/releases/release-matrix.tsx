"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveCustomerReleasesAction } from "@/lib/actions/releases/save-customer-releases";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { PORTAL_MODULES, type ReleaseLevels } from "@/lib/validation/releases";
import { ReleaseLevelFields } from "./release-level-fields";
import { ReleaseLevelLegend } from "./release-level-legend";

export type TemplateChoice = { id: string; name: string; levels: ReleaseLevels; isDefault: boolean };

type Props = {
  customerId: string;
  initialLevels: ReleaseLevels;
  templates: TemplateChoice[];
  canEdit: boolean;
};

type Status = { kind: "idle" } | { kind: "saved" } | { kind: "templateApplied"; name: string };

/**
 * The customer page's "Freigaben": hidden / read only / read and write per module, a template to fill
 * the matrix in one go (takes effect only on save), and the legend that says what each level means.
 */
export function ReleaseMatrix({ customerId, initialLevels, templates, canEdit }: Props) {
  const t = useTranslations("releases");
  const tAll = useTranslations();
  const router = useRouter();
  const [levels, setLevels] = useState(initialLevels);
  const [saved, setSaved] = useState(initialLevels);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [error, setError] = useState<Msg | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const isDirty = PORTAL_MODULES.some((m) => levels[m] !== saved[m]);
  const releasedCount = PORTAL_MODULES.filter((m) => saved[m] !== "HIDDEN").length;

  function applyTemplate(id: string) {
    const template = templates.find((tpl) => tpl.id === id);
    if (!template) return;
    setLevels(template.levels);
    setStatus({ kind: "templateApplied", name: template.name });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await saveCustomerReleasesAction(customerId, levels);
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(
          Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, m]) => [k, translateMessage(tAll, m)])),
        );
        setStatus({ kind: "idle" });
        return;
      }
      setSaved(levels);
      setStatus({ kind: "saved" });
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="release-matrix-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="release-matrix-title" className="text-lg font-semibold">
          {t("matrix.title")}
        </h2>
        <p className="text-sm text-slate-600" data-testid="release-summary">
          {t("matrix.summary", { count: releasedCount })}
        </p>
      </div>
      <div className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5">
        <p className="text-sm text-slate-600">{canEdit ? t("matrix.intro") : t("matrix.readOnly")}</p>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {canEdit &&
            (templates.length > 0 ? (
              <div>
                <label htmlFor="release-template" className="block text-sm font-medium">
                  {t("matrix.applyTemplate")}
                </label>
                <select
                  id="release-template"
                  value=""
                  onChange={(e) => applyTemplate(e.target.value)}
                  className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 sm:max-w-sm"
                >
                  <option value="">{t("matrix.chooseTemplate")}</option>
                  {templates.map((tpl) => (
                    <option key={tpl.id} value={tpl.id}>
                      {tpl.isDefault ? `${tpl.name} (${t("templates.default")})` : tpl.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <p className="text-xs text-slate-500">{t("matrix.noTemplates")}</p>
            ))}
          <ReleaseLevelFields
            idPrefix="customer-release"
            value={levels}
            onChange={(module, level) => {
              setLevels((current) => ({ ...current, [module]: level }));
              if (status.kind === "saved") setStatus({ kind: "idle" });
            }}
            disabled={!canEdit || pending}
            errors={fieldErrors}
          />
          <FormError message={error} />
          {canEdit && (
            <div className="flex flex-wrap items-center gap-3">
              <SubmitButton pending={pending} pendingLabel={t("matrix.saving")} fullWidth={false}>
                {t("matrix.save")}
              </SubmitButton>
              <p role="status" className="text-sm text-slate-600">
                {status.kind === "saved" && !isDirty && <span className="text-emerald-700">✓ {t("matrix.saved")}</span>}
                {status.kind === "templateApplied" && isDirty && t("matrix.templateApplied", { name: status.name })}
                {status.kind === "idle" && isDirty && t("matrix.unsaved")}
              </p>
            </div>
          )}
        </form>
        <ReleaseLevelLegend />
      </div>
    </section>
  );
}
