"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { submitChangeRequestAction } from "@/lib/actions/change-requests/submit-change-request";
import type { Msg } from "@/lib/i18n/message-key";
import { addressChangeInput, CHANGE_REQUEST_COUNTRIES, type AddressChangeInput } from "@/lib/validation/change-request";
import { SentNotice } from "./request-section";

/** Street, postcode (checked per country), city and country; the broker reviews the request. */
export function AddressRequestForm({ defaultCountry }: { defaultCountry: string }) {
  const t = useTranslations("changeRequests");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [sent, setSent] = useState(false);
  const country = (CHANGE_REQUEST_COUNTRIES as readonly string[]).includes(defaultCountry) ? defaultCountry : "DE";
  const form = useForm<AddressChangeInput, unknown, AddressChangeInput>({
    resolver: zodResolver(addressChangeInput, undefined, { raw: true }),
    defaultValues: { street: "", postalCode: "", city: "", country: country as AddressChangeInput["country"] },
  });
  const errors = form.formState.errors;
  const fieldError = (name: keyof AddressChangeInput) => errors[name]?.message ?? serverErrors[name];

  async function onSubmit(values: AddressChangeInput) {
    setError(null);
    setServerErrors({});
    try {
      const result = await submitChangeRequestAction("ADDRESS", values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setSent(true);
      form.reset();
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  if (sent) return <SentNotice />;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <TextField
        id="cr-street"
        label={t("change.street")}
        registration={form.register("street")}
        error={fieldError("street")}
        autoComplete="street-address"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="cr-postal-code"
          label={t("change.postalCode")}
          registration={form.register("postalCode")}
          error={fieldError("postalCode")}
          autoComplete="postal-code"
          inputMode="numeric"
        />
        <TextField
          id="cr-city"
          label={t("change.city")}
          registration={form.register("city")}
          error={fieldError("city")}
          autoComplete="address-level2"
        />
      </div>
      <SelectField
        id="cr-country"
        label={t("change.country")}
        registration={form.register("country")}
        error={fieldError("country")}
        options={CHANGE_REQUEST_COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
        className="sm:max-w-xs"
      />
      <FormError message={error} />
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("change.submitting")} fullWidth={false}>
        {t("change.submit")}
      </SubmitButton>
    </form>
  );
}
