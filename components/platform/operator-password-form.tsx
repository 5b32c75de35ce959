"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInOperatorAction } from "@/lib/actions/platform/sign-in-operator";
import type { Msg } from "@/lib/i18n/message-key";
import { operatorPasswordInput, type OperatorPasswordInput } from "@/lib/validation/platform";

/** Operator sign-in, step 1: e-mail and password; then the code (or, the first time, the app set-up). */
export function OperatorPasswordForm() {
  const t = useTranslations("platformAdmin.login");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<OperatorPasswordInput>({
    resolver: zodResolver(operatorPasswordInput),
    defaultValues: { email: "", password: "" },
  });

  async function onSubmit(values: OperatorPasswordInput) {
    setError(null);
    try {
      const result = await signInOperatorAction(values);
      if (!result.ok) {
        resetField("password");
        return setError(result.error);
      }
      router.push(`/admin/login/${result.data.next}`);
    } catch {
      setError("platformAdmin.login.errors.unexpected");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="platform-login-form">
      <TextField
        id="operator-email"
        label={t("email")}
        type="email"
        autoComplete="username"
        registration={register("email")}
        error={errors.email?.message}
      />
      <TextField
        id="operator-password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        registration={register("password")}
        error={errors.password?.message}
      />
      <FormError message={error} />
      <SubmitButton pending={isSubmitting} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
