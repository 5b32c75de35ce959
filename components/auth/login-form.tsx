"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { LOGIN_ERROR, loginErrorMessage } from "@/lib/auth/login-errors";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { loginInput, type LoginInput } from "@/lib/validation/login";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const tAll = useTranslations();
  const [error, setError] = useState<Msg | null>(null);
  // Shown once the server says this account has a second factor; the password stays in the form.
  const [needsCode, setNeedsCode] = useState(false);
  const [codeHint, setCodeHint] = useState<Msg>("login.codeHintTotp");
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginInput), defaultValues: { remember: false } });

  async function onSubmit(values: LoginInput) {
    setError(null);
    const res = await signIn("credentials", { ...values, remember: String(values.remember === true), redirect: false });
    if (!res || res.error) {
      const code = res?.error ?? "";
      const required = code.startsWith(LOGIN_ERROR.secondFactorRequired);
      if (required) setCodeHint(loginErrorMessage(code));
      if (required || code === LOGIN_ERROR.secondFactorInvalid) setNeedsCode(true);
      setError(required ? null : loginErrorMessage(code));
      return;
    }
    // Full navigation so server components render with the new session cookie.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <div>
        <label htmlFor="identifier" className="block text-sm font-medium">
          {t("identifier")}
        </label>
        <input
          id="identifier"
          autoComplete="username"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={errors.identifier ? true : undefined}
          {...register("identifier")}
        />
        <FieldError message={errors.identifier?.message} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={errors.password ? true : undefined}
          {...register("password")}
        />
        <FieldError message={errors.password?.message} />
        <a href="/forgot-password" className="text-brand-ink mt-1 inline-block text-sm hover:underline">
          {t("forgotPassword")}
        </a>
      </div>
      {needsCode && (
        <div>
          <label htmlFor="otp" className="block text-sm font-medium">
            {t("code")}
          </label>
          <p id="otp-hint" className="text-sm text-slate-600">
            {translateMessage(tAll, codeHint)}
          </p>
          <input
            id="otp"
            autoFocus
            inputMode="text"
            autoComplete="one-time-code"
            aria-describedby="otp-hint"
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 tracking-widest"
            {...register("otp")}
          />
          <FieldError message={errors.otp?.message} />
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4 rounded border-slate-300" {...register("remember")} />
        {t("remember")}
        <span className="text-slate-500">{t("rememberHint")}</span>
      </label>
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
