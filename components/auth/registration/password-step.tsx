"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { PasswordField } from "@/components/auth/password-field";
import { PasswordStrengthMeter } from "@/components/auth/password-strength-meter";
import { completeRegistrationAction } from "@/lib/actions/registration/complete-registration";
import { newPasswordInput, type NewPasswordInput } from "@/lib/validation/new-password";
import { FormError } from "@/components/ui/form-error";

type Props = {
  token: string;
  personal: { email: string; firstName: string; lastName: string };
  /** "/portal" for customers; "/" for staff, which sends them on to the TOTP enrolment. */
  home?: "/portal" | "/";
};

/** Step 3: choose the password; on success the browser signs in and opens the portal. */
export function PasswordStep({ token, personal, home = "/portal" }: Props) {
  const [error, setError] = useState<string | null>(null);
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
    try {
      const result = await completeRegistrationAction({ ...values, token });
      if (!result.ok) {
        if (result.fieldErrors?.password) setFieldError("password", { message: result.fieldErrors.password });
        if (result.fieldErrors?.passwordRepeat) setFieldError("passwordRepeat", { message: result.fieldErrors.passwordRepeat });
        if (!result.fieldErrors?.password && !result.fieldErrors?.passwordRepeat) setError(result.error);
        return;
      }
      setSigningIn(true);
      const signedIn = await signIn("credentials", { identifier: result.data.email, password: values.password, redirect: false });
      // Registered either way; if the automatic sign-in fails the login page takes over.
      window.location.assign(signedIn && !signedIn.error ? home : "/login");
    } catch {
      setSigningIn(false);
      setError("Das Passwort konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.");
    }
  }

  const password = useWatch({ control, name: "password" });
  const busy = isSubmitting || signingIn;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <h1 className="text-lg font-semibold">Passwort festlegen</h1>
      <p className="text-sm text-slate-700">
        Mindestens 12 Zeichen, keine Sonderzeichen-Pflicht. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu
        erraten. Einfügen aus einem Passwort-Manager ist erlaubt.
      </p>
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={personal.email} readOnly />
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Passwort
        </label>
        <PasswordField
          id="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-strength password-error"
          {...register("password")}
        />
        {errors.password && (
          <p id="password-error" className="mt-1 text-sm text-red-700">
            {errors.password.message}
          </p>
        )}
        <PasswordStrengthMeter id="password-strength" password={password} personal={personal} />
      </div>
      <div>
        <label htmlFor="passwordRepeat" className="block text-sm font-medium">
          Passwort wiederholen
        </label>
        <PasswordField
          id="passwordRepeat"
          autoComplete="new-password"
          aria-invalid={errors.passwordRepeat ? true : undefined}
          aria-describedby={errors.passwordRepeat ? "passwordRepeat-error" : undefined}
          {...register("passwordRepeat")}
        />
        {errors.passwordRepeat && (
          <p id="passwordRepeat-error" className="mt-1 text-sm text-red-700">
            {errors.passwordRepeat.message}
          </p>
        )}
      </div>
      <FormError message={error} />
      <button
        type="submit"
        disabled={busy}
        className="bg-brand w-full rounded-lg px-4 py-2.5 font-medium text-white hover:opacity-90 disabled:opacity-60"
      >
        {signingIn ? "Anmeldung läuft …" : isSubmitting ? "Wird gespeichert …" : "Registrierung abschließen"}
      </button>
    </form>
  );
}
