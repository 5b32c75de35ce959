"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { PanelSection } from "@/components/ui/panel-section";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { updateTenantSettingsAction } from "@/lib/actions/tenant-settings/update-tenant-settings";
import {
  DOCUMENT_LIMIT_MB,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
  TENANT_CURRENCIES,
  TENANT_LOCALES,
  tenantSettingsInput,
  type TenantSettingsInput,
} from "@/lib/validation/tenant-settings";
import { PolicyChoice } from "./policy-choice";
import { useSettingsSave } from "./use-settings-save";

type Props = {
  initial: TenantSettingsInput;
  /** the tenant's release templates by name, for "Standard-Freigabevorlage" */
  templates: { id: string; name: string }[];
};

const numberInput = (range: { min: number; max: number }) =>
  ({ type: "number", inputMode: "numeric", step: 1, min: range.min, max: range.max }) as const;

/**
 * Einstellungen → Allgemein in four panels and one "Speichern": the zod schema the server uses checks
 * first, the server's field errors (e.g. a template deleted meanwhile) show next to their field.
 */
export function TenantSettingsForm({ initial, templates }: Props) {
  const t = useTranslations("tenantSettings");
  const form = useForm<TenantSettingsInput, unknown, TenantSettingsInput>({
    resolver: zodResolver(tenantSettingsInput, undefined, { raw: true }),
    defaultValues: initial,
  });
  const { error, outcome, fieldError, onSubmit } = useSettingsSave(form, updateTenantSettingsAction);
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6" data-testid="tenant-settings-form">
      <PanelSection id="ts-language-title" title={t("language.title")} className="space-y-4 sm:p-5">
        <SelectField
          id="ts-locale"
          label={t("language.locale")}
          registration={form.register("locale")}
          options={TENANT_LOCALES.map((l) => ({ value: l, label: t(`language.locales.${l}`) }))}
          error={fieldError("locale")}
          hint={t("language.localeHint")}
        />
        <SelectField
          id="ts-currency"
          label={t("language.currency")}
          registration={form.register("currency")}
          options={TENANT_CURRENCIES.map((c) => ({ value: c, label: t(`language.currencies.${c}`) }))}
          error={fieldError("currency")}
          hint={t("language.currencyHint")}
        />
      </PanelSection>

      <PanelSection id="ts-sessions-title" title={t("sessions.title")} className="space-y-4 sm:p-5">
        <PolicyChoice registration={form.register("customer2faPolicy")} error={fieldError("customer2faPolicy")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="ts-idle"
            label={t("sessions.idle")}
            registration={form.register("sessionIdleMinutes")}
            error={fieldError("sessionIdleMinutes")}
            hint={t("sessions.idleHint", SESSION_IDLE_MINUTES)}
            {...numberInput(SESSION_IDLE_MINUTES)}
          />
          <TextField
            id="ts-absolute"
            label={t("sessions.absolute")}
            registration={form.register("sessionAbsoluteHours")}
            error={fieldError("sessionAbsoluteHours")}
            hint={t("sessions.absoluteHint", SESSION_ABSOLUTE_HOURS)}
            {...numberInput(SESSION_ABSOLUTE_HOURS)}
          />
        </div>
        <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">{t("sessions.applyNote")}</p>
      </PanelSection>

      <PanelSection id="ts-documents-title" title={t("uploads.title")} className="space-y-4 sm:p-5">
        <TextField
          id="ts-document-mb"
          label={t("uploads.maxMb")}
          registration={form.register("documentMaxMb")}
          error={fieldError("documentMaxMb")}
          hint={t("uploads.maxMbHint", DOCUMENT_LIMIT_MB)}
          {...numberInput(DOCUMENT_LIMIT_MB)}
        />
      </PanelSection>

      <PanelSection id="ts-releases-title" title={t("defaultReleases.title")} className="space-y-4 sm:p-5">
        <SelectField
          id="ts-template"
          label={t("defaultReleases.template")}
          registration={form.register("defaultReleaseTemplateId")}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          emptyLabel={t("defaultReleases.none")}
          error={fieldError("defaultReleaseTemplateId")}
          hint={t("defaultReleases.templateHint")}
        />
        <p className="text-sm text-slate-600">
          {templates.length === 0 && <span className="block">{t("defaultReleases.noTemplates")}</span>}
          <Link href="/broker/releases" className="text-brand-ink font-medium underline">
            {t("defaultReleases.manage")}
          </Link>
        </p>
      </PanelSection>

      <div className="space-y-3">
        <FormError message={error} />
        {outcome && <FormSuccess>{t(outcome)}</FormSuccess>}
        <SubmitButton pending={isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
