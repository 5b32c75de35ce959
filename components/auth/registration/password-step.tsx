"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { PasswordField } from "@/components/auth/password-field";
import { PasswordStrengthMeter } from "@/components/auth/password-strength-meter";
import { completeRegistrationAction } from "@/lib/actions/registration/complete-registration";
import type { Msg } from "@/lib/i18n/message-key";
import { VALIDATION_VALUES } from "@/lib/validation/limits";
import { newPasswordInput, type NewPasswordInput } from "@/lib/validation/new-password";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";

type Props = {
  token: string;
  personal: { email: string; firstName: string; lastName: string };
  /** "/portal" for customers; "/" for staff, which sends them on to the TOTP enrolment. */
  home?: "/portal" | "/";
};

type Field = "password" | "passwordRepeat";

/** Step 3: choose the password; on success the browser signs in and opens the portal. */
export function PasswordStep({ token, personal, home = "/portal" }: Props) {
  const t = useTranslations("onboarding.passwordStep");
  const [error, setError] = useState<Msg | null>(null);
  // The server's verdict per field (e.g. "contains your name"); zod's own messages come via errors.
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, Msg>>>({});
  const [signingIn, setSigningIn] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<NewPasswordInput>({ resolver: zodResolver(newPasswordInput), defaultValues: { password: "", passwordRepeat: "" } });

  async function onSubmit(values: NewPasswordInput) {
    setError(null);
    setServerErrors({});
    try {
      const result = await completeRegistrationAction({ ...values, token });
      if (!result.ok) {
        const { password, passwordRepeat } = result.fieldErrors ?? {};
        setServerErrors({ password, passwordRepeat });
        if (password) setFieldError("password", { type: "server" });
        if (passwordRepeat) setFieldError("passwordRepeat", { type: "server" });
        if (!password && !passwordRepeat) setError(result.error);
        return;
      }
      setSigningIn(true);
      const signedIn = await signIn("credentials", { identifier: result.data.email, password: values.password, redirect: false });
      // Registered either way; if the automatic sign-in fails the login page takes over.
      window.location.assign(signedIn && !signedIn.error ? home : "/login");
    } catch {
      setSigningIn(false);
      setError("onboarding.passwordStep.failed");
    }
  }

  const password = useWatch({ control, name: "password" });
  const busy = isSubmitting || signingIn;
  const fieldError = (field: Field) => (errors[field] ? errors[field].message || serverErrors[field] : null);
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro", VALIDATION_VALUES)}</p>
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={personal.email} readOnly />
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <PasswordField
          id="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-strength password-error"
          {...register("password")}
        />
        <FieldError id="password-error" message={fieldError("password")} />
        <PasswordStrengthMeter id="password-strength" password={password} personal={personal} />
      </div>
      <div>
        <label htmlFor="passwordRepeat" className="block text-sm font-medium">
          {t("repeat")}
        </label>
        <PasswordField
          id="passwordRepeat"
          autoComplete="new-password"
          aria-invalid={errors.passwordRepeat ? true : undefined}
          aria-describedby={errors.passwordRepeat ? "passwordRepeat-error" : undefined}
          {...register("passwordRepeat")}
        />
        <FieldError id="passwordRepeat-error" message={fieldError("passwordRepeat")} />
      </div>
      <FormError message={error} />
      <button
        type="submit"
        disabled={busy}
        className="bg-brand text-on-brand w-full rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
      >
        {signingIn ? t("signingIn") : isSubmitting ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
