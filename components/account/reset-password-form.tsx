"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { PasswordField } from "@/components/auth/password-field";
import { PasswordStrengthMeter } from "@/components/auth/password-strength-meter";
import { resetPasswordAction } from "@/lib/actions/account/reset-password";
import { newPasswordInput, type NewPasswordInput } from "@/lib/validation/new-password";
import { InvalidResetLink } from "./invalid-reset-link";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { token: string; personal: { email: string; firstName: string | null; lastName: string | null } };

/** Step after the e-mail link: the token only counts when this form is submitted (POST), never on GET. */
export function ResetPasswordForm({ token, personal }: Props) {
  const [state, setState] = useState<"form" | "done" | "invalid">("form");
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<NewPasswordInput>({ resolver: zodResolver(newPasswordInput), defaultValues: { password: "", passwordRepeat: "" } });
  const password = useWatch({ control, name: "password" });

  async function onSubmit(values: NewPasswordInput) {
    setError(null);
    try {
      const result = await resetPasswordAction({ ...values, token });
      if (result.ok) return setState("done");
      if (result.fieldErrors?.token) return setState("invalid");
      if (result.fieldErrors?.password) setFieldError("password", { message: result.fieldErrors.password });
      if (result.fieldErrors?.passwordRepeat) setFieldError("passwordRepeat", { message: result.fieldErrors.passwordRepeat });
      if (!result.fieldErrors?.password && !result.fieldErrors?.passwordRepeat) setError(result.error);
    } catch {
      setError("Das Passwort konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.");
    }
  }

  if (state === "invalid") return <InvalidResetLink />;
  if (state === "done") {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          Ihr Passwort wurde geändert. Aus Sicherheitsgründen wurden alle bisherigen Anmeldungen beendet.
        </p>
        <Link
          href="/login"
          className="bg-brand block w-full rounded-lg px-4 py-2.5 text-center font-medium text-white hover:opacity-90"
        >
          Passwort geändert — jetzt anmelden
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        Legen Sie ein neues Passwort für <span className="font-medium text-slate-900">{personal.email}</span> fest: mindestens 12
        Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.
      </p>
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={personal.email} readOnly />
      <div>
        <PasswordField
          id="password"
          label="Neues Passwort"
          autoComplete="new-password"
          error={errors.password?.message}
          {...register("password")}
        />
        <PasswordStrengthMeter password={password} personal={personal} />
      </div>
      <PasswordField
        id="passwordRepeat"
        label="Neues Passwort wiederholen"
        autoComplete="new-password"
        error={errors.passwordRepeat?.message}
        {...register("passwordRepeat")}
      />
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel="Wird gespeichert …">
        Passwort speichern
      </SubmitButton>
    </form>
  );
}
