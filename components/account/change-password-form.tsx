"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn, signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { PasswordField } from "@/components/auth/password-field";
import { PasswordStrengthMeter } from "@/components/auth/password-strength-meter";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import type { Msg } from "@/lib/i18n/message-key";
import { changePasswordInput, type ChangePasswordInput } from "@/lib/validation/account";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { personal: { email: string; firstName: string | null; lastName: string | null } };

const EMPTY: ChangePasswordInput = { currentPassword: "", password: "", passwordRepeat: "" };

export function ChangePasswordForm({ personal }: Props) {
  const t = useTranslations("account");
  const router = useRouter();
  const [status, setStatus] = useState<"idle" | "changed" | "signInAgain">("idle");
  const [error, setError] = useState<Msg | null>(null);
  // Messages the server refused a field with (wrong current password, password policy).
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordInput), defaultValues: EMPTY });
  const password = useWatch({ control, name: "password" });

  async function onSubmit(values: ChangePasswordInput) {
    setError(null);
    setServerErrors({});
    setStatus("idle");
    try {
      const result = await changePasswordAction(values);
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        setServerErrors(fields);
        if (!Object.keys(fields).length) setError(result.error);
        return;
      }
      reset(EMPTY);
      // The change ended every session, this one too; a fresh sign-in gives this browser a cookie
      // with the new session version, so only the other devices stay signed out.
      const again = await signIn("credentials", {
        identifier: result.data.email,
        password: values.password,
        remember: "false",
        redirect: false,
      });
      if (!again || again.error) {
        setStatus("signInAgain");
        return;
      }
      setStatus("changed");
      router.refresh();
    } catch {
      setError("account.changePassword.failed");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="username" autoComplete="username" value={personal.email} readOnly />
      <PasswordField
        id="currentPassword"
        label={t("password.current")}
        autoComplete="current-password"
        error={errors.currentPassword?.message ?? serverErrors.currentPassword}
        {...register("currentPassword")}
      />
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
      {status === "changed" && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("changePassword.changed")}
        </p>
      )}
      {status === "signInAgain" && (
        <div role="status" className="space-y-2 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          <p>{t("changePassword.signInAgain")}</p>
          <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="font-medium underline">
            {t("actions.toLogin")}
          </button>
        </div>
      )}
      <SubmitButton pending={isSubmitting} pendingLabel={t("actions.saving")} fullWidth={false}>
        {t("changePassword.submit")}
      </SubmitButton>
    </form>
  );
}
