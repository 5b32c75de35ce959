"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetAction } from "@/lib/actions/account/request-password-reset";
import type { MessageKey, Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { forgotPasswordInput, type ForgotPasswordInput } from "@/lib/validation/account";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const tAll = useTranslations();
  const [done, setDone] = useState<MessageKey | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  const [emailError, setEmailError] = useState<Msg | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordInput) });

  async function onSubmit(values: ForgotPasswordInput) {
    setError(null);
    setEmailError(null);
    try {
      const result = await requestPasswordResetAction(values);
      if (result.ok) return setDone(result.data.message);
      if (result.fieldErrors?.email) setEmailError(result.fieldErrors.email);
      else setError(result.error);
    } catch {
      setError("account.forgotPassword.sendFailed");
    }
  }

  if (done) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {translateMessage(tAll, done)}
        </p>
        <p className="text-sm text-slate-600">{t("forgotPassword.afterRequest")}</p>
        <Link href="/login" className="text-brand-ink block text-center text-sm font-medium hover:underline">
          {t("actions.backToLogin")}
        </Link>
      </div>
    );
  }

  const fieldError = errors.email?.message ?? emailError;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t("forgotPassword.intro")}</p>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("forgotPassword.email")}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "email-error" : undefined}
          {...register("email")}
        />
        <FieldError id="email-error" message={fieldError} />
      </div>
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("actions.sending")}>
        {t("forgotPassword.submit")}
      </SubmitButton>
      <Link href="/login" className="text-brand-ink block text-center text-sm hover:underline">
        {t("actions.backToLogin")}
      </Link>
    </form>
  );
}
