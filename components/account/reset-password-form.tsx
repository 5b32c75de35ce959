"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { PasswordField } from "@/components/auth/password-field";
import { PasswordStrengthMeter } from "@/components/auth/password-strength-meter";
import { resetPasswordAction } from "@/lib/actions/account/reset-password";
import type { Msg } from "@/lib/i18n/message-key";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/limits";
import { newPasswordInput, type NewPasswordInput } from "@/lib/validation/new-password";
import { InvalidResetLink } from "./invalid-reset-link";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { token: string; personal: { email: string; firstName: string | null; lastName: string | null } };

/** Step after the e-mail link: the token only counts when this form is submitted (POST), never on GET. */
export function ResetPasswordForm({ token, personal }: Props) {
  const t = useTranslations("account");
  const [state, setState] = useState<"form" | "done" | "invalid">("form");
  const [error, setError] = useState<Msg | null>(null);
  // Messages the server refused a field with (the password policy's common/personal checks).
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<NewPasswordInput>({ resolver: zodResolver(newPasswordInput), defaultValues: { password: "", passwordRepeat: "" } });
  const password = useWatch({ control, name: "password" });

  async function onSubmit(values: NewPasswordInput) {
    setError(null);
    setServerErrors({});
    try {
      const result = await resetPasswordAction({ ...values, token });
      if (result.ok) return setState("done");
      const fields = result.fieldErrors ?? {};
      if (fields.token) return setState("invalid");
      setServerErrors(fields);
      if (!fields.password && !fields.passwordRepeat) setError(result.error);
    } catch {
      setError("account.resetPassword.saveFailed");
    }
  }

  if (state === "invalid") return <InvalidResetLink />;
  if (state === "done") {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("resetPassword.done")}
        </p>
        <Link
          href="/login"
          className="bg-brand text-on-brand block w-full rounded-lg px-4 py-2.5 text-center font-medium hover:opacity-90"
        >
          {t("resetPassword.signIn")}
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        {t.rich("resetPassword.intro", {
          strong: (chunks) => <span className="font-medium text-slate-900">{chunks}</span>,
          email: personal.email,
          passwordMin: PASSWORD_MIN_LENGTH,
        })}
      </p>
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={personal.email} readOnly />
      <div>
        <PasswordField
          id="password"
          label={t("password.new")}
          autoComplete="new-password"
          error={errors.password?.message ?? serverErrors.password}
          {...register("password")}
        />
        <PasswordStrengthMeter password={password} personal={personal} />
      </div>
      <PasswordField
        id="passwordRepeat"
        label={t("password.repeat")}
        autoComplete="new-password"
        error={errors.passwordRepeat?.message ?? serverErrors.passwordRepeat}
        {...register("passwordRepeat")}
      />
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("actions.saving")}>
        {t("resetPassword.submit")}
      </SubmitButton>
    </form>
  );
}
