"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetAction } from "@/lib/actions/account/request-password-reset";
import { forgotPasswordInput, type ForgotPasswordInput } from "@/lib/validation/account";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordInput) });

  async function onSubmit(values: ForgotPasswordInput) {
    setError(null);
    try {
      const result = await requestPasswordResetAction(values);
      if (result.ok) return setDone(result.data.message);
      if (result.fieldErrors?.email) setFieldError("email", { message: result.fieldErrors.email });
      else setError(result.error);
    } catch {
      setError("Die Anfrage konnte nicht gesendet werden. Bitte versuchen Sie es in einigen Minuten erneut.");
    }
  }

  if (done) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {done}
        </p>
        <p className="text-sm text-slate-600">
          Der Link ist eine Stunde gültig. Prüfen Sie bitte auch Ihren Spam-Ordner. Keine E-Mail erhalten? Wenden Sie sich an
          Ihren Makler.
        </p>
        <Link href="/login" className="text-brand block text-center text-sm font-medium hover:underline">
          Zurück zur Anmeldung
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
      </p>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          E-Mail-Adresse
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          {...register("email")}
        />
        {errors.email && (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {errors.email.message}
          </p>
        )}
      </div>
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel="Wird gesendet …">
        Link anfordern
      </SubmitButton>
      <Link href="/login" className="text-brand block text-center text-sm hover:underline">
        Zurück zur Anmeldung
      </Link>
    </form>
  );
}
