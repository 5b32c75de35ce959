"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { submitChangeRequestAction } from "@/lib/actions/change-requests/submit-change-request";
import type { Msg } from "@/lib/i18n/message-key";
import { bankAccountChangeInput, type BankAccountChangeInput } from "@/lib/validation/change-request";
import { SentNotice } from "./request-section";

/** Holder, IBAN (checked in the browser and again on the server) and an optional BIC. */
export function BankRequestForm({ defaultHolder }: { defaultHolder: string }) {
  const t = useTranslations("changeRequests.change");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [sent, setSent] = useState(false);
  const form = useForm<BankAccountChangeInput, unknown, BankAccountChangeInput>({
    resolver: zodResolver(bankAccountChangeInput, undefined, { raw: true }),
    defaultValues: { holder: defaultHolder, iban: "", bic: "" },
  });
  const errors = form.formState.errors;
  const fieldError = (name: keyof BankAccountChangeInput) => errors[name]?.message ?? serverErrors[name];

  async function onSubmit(values: BankAccountChangeInput) {
    setError(null);
    setServerErrors({});
    try {
      const result = await submitChangeRequestAction("BANK_ACCOUNT", values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setSent(true);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  if (sent) return <SentNotice />;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <TextField
        id="cr-holder"
        label={t("holder")}
        registration={form.register("holder")}
        error={fieldError("holder")}
        autoComplete="name"
      />
      <TextField
        id="cr-iban"
        label={t("iban")}
        hint={t("ibanHint")}
        registration={form.register("iban")}
        error={fieldError("iban")}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id="cr-bic"
        label={t("bic")}
        registration={form.register("bic")}
        error={fieldError("bic")}
        autoComplete="off"
        spellCheck={false}
        className="sm:max-w-xs"
      />
      <p className="text-sm text-slate-600">{t("bankNote")}</p>
      <FormError message={error} />
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("submitting")} fullWidth={false}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
