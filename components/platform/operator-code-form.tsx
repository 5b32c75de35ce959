"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { confirmOperatorCodeAction } from "@/lib/actions/platform/confirm-operator-code";
import { confirmOperatorEnrolmentAction } from "@/lib/actions/platform/confirm-operator-enrolment";
import type { Msg } from "@/lib/i18n/message-key";
import { operatorCodeInput, type OperatorCodeInput } from "@/lib/validation/platform";

type Props =
  /** sign-in of an enrolled operator */
  | { step: "code" }
  /** first sign-in: `sealed` is the pending secret the enrolment page shows as QR code */
  | { step: "enrol"; sealed: string };

/** Operator sign-in, step 2: the authenticator code (after the app set-up the first time). */
export function OperatorCodeForm(props: Props) {
  const t = useTranslations(`platformAdmin.login.${props.step}`);
  const tLogin = useTranslations("platformAdmin.login");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [restart, setRestart] = useState(false);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<OperatorCodeInput>({ resolver: zodResolver(operatorCodeInput), defaultValues: { code: "" } });

  async function onSubmit(values: OperatorCodeInput) {
    setError(null);
    try {
      const result =
        props.step === "enrol"
          ? await confirmOperatorEnrolmentAction({ sealed: props.sealed, code: values.code })
          : await confirmOperatorCodeAction(values);
      if (!result.ok) {
        resetField("code");
        setRestart(result.restart);
        return setError(result.error);
      }
      router.replace("/admin");
      router.refresh();
    } catch {
      setError("platformAdmin.login.errors.unexpected");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid={`platform-${props.step}-form`}>
      <TextField
        id="operator-code"
        label={t("label")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        className="max-w-48"
        registration={register("code")}
        error={errors.code?.message}
      />
      <FormError message={error} />
      {restart ? (
        <Link href="/admin/login" className="inline-block text-sm font-medium text-slate-900 underline">
          {tLogin("backToStart")}
        </Link>
      ) : (
        <SubmitButton pending={isSubmitting} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      )}
    </form>
  );
}
