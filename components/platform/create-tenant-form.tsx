"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createTenantAction } from "@/lib/actions/platform/create-tenant";
import type { Msg } from "@/lib/i18n/message-key";
import { createTenantInput, type CreateTenantInput } from "@/lib/validation/platform";
import { TENANT_LOCALES } from "@/lib/validation/tenant-settings";

type Field = keyof CreateTenantInput;
const OWNER_FIELDS = [
  { name: "ownerFirstName", type: "text", autoComplete: "off" },
  { name: "ownerLastName", type: "text", autoComplete: "off" },
  { name: "ownerEmail", type: "email", autoComplete: "off" },
  { name: "ownerMobile", type: "tel", autoComplete: "off" },
] as const;

type Props = {
  /** the tenant address around the slug, e.g. ["https://", ".maklerportal.de"] */
  address: { before: string; after: string };
};

/** "Neuen Mandanten anlegen": office, language and owner; the owner gets the staff invitation. */
export function CreateTenantForm({ address }: Props) {
  const t = useTranslations("platformAdmin.create");
  const tLocales = useTranslations("platformAdmin.locales");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<CreateTenantInput>({
    resolver: zodResolver(createTenantInput),
    defaultValues: {
      slug: "",
      firmName: "",
      ownerFirstName: "",
      ownerLastName: "",
      ownerEmail: "",
      ownerMobile: "",
      locale: "de_DE",
    },
  });
  const slug = useWatch({ control, name: "slug" }).trim().toLowerCase() || "kuerzel";

  async function onSubmit(values: CreateTenantInput) {
    setError(null);
    try {
      const result = await createTenantAction(values);
      if (!result.ok) {
        // The data layer's field messages are plain keys; FieldError translates them.
        const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([name]) => name in values);
        for (const [name, message] of fieldErrors) {
          setFieldError(name as Field, { message: typeof message === "string" ? message : message.key });
        }
        if (fieldErrors.length === 0) setError(result.error);
        return;
      }
      router.push(`/admin/tenants/${result.data.tenantId}?created=1`);
    } catch {
      setError("platformAdmin.errors.unexpected");
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-6 rounded-2xl border border-slate-200 bg-white p-5"
      data-testid="create-tenant-form"
    >
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("office")}</legend>
        <TextField
          id="tenant-slug"
          label={t("slug")}
          autoComplete="off"
          spellCheck={false}
          hint={t("slugHint", { example: `${address.before}${slug}${address.after}` })}
          registration={register("slug")}
          error={errors.slug?.message}
        />
        <TextField
          id="tenant-firmName"
          label={t("firmName")}
          registration={register("firmName")}
          error={errors.firmName?.message}
        />
        <SelectField
          id="tenant-locale"
          label={t("locale")}
          options={TENANT_LOCALES.map((value) => ({ value, label: tLocales(value) }))}
          registration={register("locale")}
          error={errors.locale?.message}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("owner")}</legend>
        {OWNER_FIELDS.map((f) => (
          <TextField
            key={f.name}
            id={`tenant-${f.name}`}
            label={t(f.name)}
            type={f.type}
            autoComplete={f.autoComplete}
            hint={f.name === "ownerMobile" ? t("ownerMobileHint") : undefined}
            registration={register(f.name)}
            error={errors[f.name]?.message}
          />
        ))}
      </fieldset>
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("submitting")} fullWidth={false}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
