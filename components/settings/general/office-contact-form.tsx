"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { describedBy, FieldShell } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { PanelSection } from "@/components/ui/panel-section";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { updateOfficeContactAction } from "@/lib/actions/tenant-settings/update-office-contact";
import {
  OFFICE_CONTACT_MAX,
  OFFICE_COUNTRIES,
  officeContactInput,
  type OfficeContactInput,
} from "@/lib/validation/tenant-settings";
import { useSettingsSave } from "./use-settings-save";

/**
 * "Kontaktdaten Ihres Büros" with its own "Kontaktdaten speichern": what customers see on their
 * contact card and during registration. The server's zod schema checks first, its field errors show
 * next to their field.
 */
export function OfficeContactForm({ initial }: { initial: OfficeContactInput }) {
  const t = useTranslations("tenantSettings.contact");
  const form = useForm<OfficeContactInput, unknown, OfficeContactInput>({
    resolver: zodResolver(officeContactInput, undefined, { raw: true }),
    defaultValues: initial,
  });
  const { error, outcome, fieldError, onSubmit } = useSettingsSave(form, updateOfficeContactAction);
  const { isSubmitting } = form.formState;
  const isEmpty = Object.entries(initial).every(([field, value]) => field === "country" || !value);
  const hoursHint = t("officeHoursHint", { max: OFFICE_CONTACT_MAX.officeHours });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" data-testid="office-contact-form">
      <PanelSection id="ts-contact-title" title={t("title")} className="space-y-4 sm:p-5">
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {isEmpty && (
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="office-contact-empty">
            {t("empty")}
          </p>
        )}
        <TextField
          id="ts-legal-name"
          label={t("legalName")}
          registration={form.register("legalName")}
          error={fieldError("legalName")}
          hint={t("legalNameHint")}
          maxLength={OFFICE_CONTACT_MAX.legalName}
          autoComplete="organization"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="ts-contact-email"
            label={t("email")}
            registration={form.register("contactEmail")}
            error={fieldError("contactEmail")}
            type="email"
            maxLength={OFFICE_CONTACT_MAX.contactEmail}
          />
          <TextField
            id="ts-contact-phone"
            label={t("phone")}
            registration={form.register("contactPhone")}
            error={fieldError("contactPhone")}
            hint={t("phoneHint")}
            type="tel"
            maxLength={OFFICE_CONTACT_MAX.contactPhone}
          />
        </div>
        <TextField
          id="ts-street"
          label={t("street")}
          registration={form.register("street")}
          error={fieldError("street")}
          maxLength={OFFICE_CONTACT_MAX.street}
        />
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr_12rem]">
          <TextField
            id="ts-postal-code"
            label={t("postalCode")}
            registration={form.register("postalCode")}
            error={fieldError("postalCode")}
            inputMode="numeric"
            maxLength={5}
          />
          <TextField
            id="ts-city"
            label={t("city")}
            registration={form.register("city")}
            error={fieldError("city")}
            maxLength={OFFICE_CONTACT_MAX.city}
          />
          <SelectField
            id="ts-country"
            label={t("country")}
            registration={form.register("country")}
            options={OFFICE_COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
            error={fieldError("country")}
          />
        </div>
        <FieldShell id="ts-office-hours" label={t("officeHours")} hint={hoursHint} error={fieldError("officeHours")}>
          <textarea
            id="ts-office-hours"
            rows={2}
            maxLength={OFFICE_CONTACT_MAX.officeHours}
            aria-invalid={fieldError("officeHours") ? true : undefined}
            aria-describedby={describedBy("ts-office-hours", fieldError("officeHours"), hoursHint)}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
            {...form.register("officeHours")}
          />
        </FieldShell>
        <div className="space-y-3">
          <FormError message={error} />
          {outcome && <FormSuccess>{t(outcome)}</FormSuccess>}
          <SubmitButton pending={isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
            {t("save")}
          </SubmitButton>
        </div>
      </PanelSection>
    </form>
  );
}
