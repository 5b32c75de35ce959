"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describedBy, FieldShell } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { PanelSection } from "@/components/ui/panel-section";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { updateBrandingAction } from "@/lib/actions/branding/update-branding";
import type { Msg } from "@/lib/i18n/message-key";
import { checkBrandContrast, type ContrastPair } from "@/lib/tenant/contrast";
import { brandingInput, BRAND_NAME_MAX, HEX_COLOR, LOGIN_TEXT_MAX, type BrandingInput } from "@/lib/validation/branding";
import { BrandPreview } from "./brand-preview";
import { ColorField } from "./color-field";
import { ContrastWarnings } from "./contrast-warnings";

type Props = { initial: BrandingInput; logoPath: string | null };

const COLOR_FIELDS = [
  { name: "primaryColor", id: "brand-primary", label: "primary", hint: "primaryHint", pair: "onPrimary" },
  { name: "secondaryColor", id: "brand-secondary", label: "secondary", hint: "secondaryHint", pair: "onSecondary" },
  { name: "textColor", id: "brand-text", label: "text", hint: "textHint", pair: "bodyText" },
] as const;

const FIELD_OF_PAIR = Object.fromEntries(COLOR_FIELDS.map((f) => [f.pair, f.name])) as Record<
  ContrastPair,
  (typeof COLOR_FIELDS)[number]["name"]
>;

/** Name, login text and the three colours, with a live preview and contrast notes while typing. */
export function BrandingForm({ initial, logoPath }: Props) {
  const t = useTranslations("branding.form");
  const router = useRouter();
  const form = useForm<BrandingInput, unknown, BrandingInput>({
    resolver: zodResolver(brandingInput, undefined, { raw: true }),
    defaultValues: initial,
  });
  const [error, setError] = useState<Msg | null>(null);
  const [saved, setSaved] = useState<"saved" | "savedWithWarnings" | null>(null);
  const values = useWatch({ control: form.control }) as BrandingInput;
  const errors = form.formState.errors;
  // while a hex value is half typed the preview keeps the saved colour
  const shown = (value: string, fallback: string) => (HEX_COLOR.test(value) ? value : fallback);
  const colors = {
    primary: shown(values.primaryColor, initial.primaryColor),
    secondary: shown(values.secondaryColor, initial.secondaryColor),
    text: shown(values.textColor, initial.textColor),
  };
  const problems = checkBrandContrast(values);

  const setColor = (name: (typeof COLOR_FIELDS)[number]["name"], hex: string) => {
    setSaved(null);
    form.setValue(name, hex, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };

  const onSubmit = form.handleSubmit(async (data) => {
    setError(null);
    setSaved(null);
    try {
      const result = await updateBrandingAction(data);
      if (!result.ok) {
        for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(field as keyof BrandingInput, { message: message as string });
        }
        return setError(result.error);
      }
      setSaved(result.data.warnings.length > 0 ? "savedWithWarnings" : "saved");
      form.reset(data);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  });

  return (
    <PanelSection id="branding-form-title" title={t("title")} className="sm:p-6">
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="space-y-4">
          <TextField
            id="brand-name"
            label={t("name")}
            hint={t("nameHint")}
            registration={form.register("name")}
            error={errors.name?.message}
            maxLength={BRAND_NAME_MAX}
            autoComplete="organization"
          />
          <FieldShell id="brand-login-text" label={t("loginText")} hint={t("loginTextHint")} error={errors.loginText?.message}>
            <textarea
              id="brand-login-text"
              rows={3}
              maxLength={LOGIN_TEXT_MAX}
              aria-invalid={errors.loginText ? true : undefined}
              aria-describedby={describedBy("brand-login-text", errors.loginText, t("loginTextHint"))}
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
              {...form.register("loginText")}
            />
          </FieldShell>
          <fieldset className="space-y-4">
            <legend className="text-sm font-semibold">{t("colors")}</legend>
            {COLOR_FIELDS.map((field) => (
              <ColorField
                key={field.name}
                id={field.id}
                label={t(field.label)}
                hint={t(field.hint)}
                registration={form.register(field.name)}
                value={values[field.name]}
                onPick={(hex) => setColor(field.name, hex)}
                error={errors[field.name]?.message}
              />
            ))}
          </fieldset>
        </div>
        <div className="space-y-4">
          <BrandPreview name={values.name.trim() || initial.name} logoPath={logoPath} {...colors} />
          <ContrastWarnings problems={problems} onApply={(pair, color) => setColor(FIELD_OF_PAIR[pair], color)} />
        </div>
        <div className="space-y-3 lg:col-span-2">
          <FormError message={error} />
          {saved ? <FormSuccess>{t(saved)}</FormSuccess> : null}
          <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
            {t("save")}
          </SubmitButton>
        </div>
      </form>
    </PanelSection>
  );
}
