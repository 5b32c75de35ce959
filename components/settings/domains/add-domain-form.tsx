"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { addDomainAction } from "@/lib/actions/domains/add-domain";
import type { Msg } from "@/lib/i18n/message-key";
import { addDomainInput, type AddDomainInput } from "@/lib/validation/domains";

/** "Domain hinzufügen": the new domain appears below with the DNS records to set. */
export function AddDomainForm() {
  const t = useTranslations("domains.add");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<AddDomainInput>({ resolver: zodResolver(addDomainInput), defaultValues: { host: "" } });

  async function onSubmit(values: AddDomainInput) {
    setError(null);
    setAdded(null);
    try {
      const result = await addDomainAction(values);
      if (!result.ok) {
        const field = result.fieldErrors?.host;
        if (field) setFieldError("host", { message: typeof field === "string" ? field : field.key });
        else setError(result.error);
        return;
      }
      setAdded(values.host.trim().toLowerCase());
      reset({ host: "" });
      router.refresh();
    } catch {
      setError("domains.errors.failed");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" data-testid="domain-add-form">
      <TextField
        id="domain-host"
        label={t("label")}
        placeholder={t("placeholder")}
        hint={t("hint")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        inputMode="url"
        registration={register("host")}
        error={errors.host?.message}
      />
      <FormError message={error} />
      {added && <FormSuccess>{t("added", { host: added })}</FormSuccess>}
      <SubmitButton pending={isSubmitting} pendingLabel={t("submitting")} fullWidth={false}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
