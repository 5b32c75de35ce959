"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, FieldShell } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveReleaseTemplateAction } from "@/lib/actions/releases/save-release-template";
import type { Msg } from "@/lib/i18n/message-key";
import { hiddenLevels, releaseTemplateInput, type ReleaseLevels } from "@/lib/validation/releases";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { ReleaseLevelFields } from "./release-level-fields";

type Props = {
  /** null: a new template */
  template: { id: string; name: string; levels: ReleaseLevels } | null;
  onDone: (message: Msg) => void;
  onCancel: () => void;
};

/** Name plus the same level matrix as on the customer page; checked with the action's own schema first. */
export function ReleaseTemplateEditor({ template, onDone, onCancel }: Props) {
  const t = useTranslations("releases");
  const [name, setName] = useState(template?.name ?? "");
  const [levels, setLevels] = useState<ReleaseLevels>(template?.levels ?? hiddenLevels());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, Msg>>({});
  const idPrefix = template ? `template-${template.id}` : "template-new";
  const nameId = `${idPrefix}-name`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const local = releaseTemplateInput.safeParse({ name, levels });
    if (!local.success) {
      setFieldErrors(fieldErrorsFrom(local.error.issues));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await saveReleaseTemplateAction(template?.id ?? null, { name, levels });
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      onDone("releases.templates.saved");
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5">
      <h3 className="text-base font-semibold">
        {template ? t("templates.editTitle", { name: template.name }) : t("templates.newTitle")}
      </h3>
      <FieldShell id={nameId} label={t("templates.name")} error={fieldErrors.name} hint={t("templates.nameHint")}>
        <input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={80}
          autoComplete="off"
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={describedBy(nameId, fieldErrors.name, t("templates.nameHint"))}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 sm:max-w-md"
        />
      </FieldShell>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t("templates.levels")}</legend>
        <ReleaseLevelFields
          idPrefix={idPrefix}
          value={levels}
          onChange={(module, level) => setLevels((current) => ({ ...current, [module]: level }))}
          disabled={pending}
        />
      </fieldset>
      {/* the radios cannot produce an invalid level; a refusal here means a stale or forged request */}
      <FormError message={fieldErrors.levels ?? error} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("templates.saving")} fullWidth={false}>
          {t("templates.save")}
        </SubmitButton>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium hover:bg-slate-50"
        >
          {t("templates.cancel")}
        </button>
      </div>
    </form>
  );
}
