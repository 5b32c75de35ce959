"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitChangeRequestAction } from "@/lib/actions/change-requests/submit-change-request";
import type { Msg } from "@/lib/i18n/message-key";
import { SentNotice } from "./request-section";

export type ChangeRequestSubmit<T extends FieldValues> = {
  sent: boolean;
  error: Msg | null;
  pending: boolean;
  onSubmit: ReturnType<UseFormReturn<T, unknown, T>["handleSubmit"]>;
  /** The browser's check first, then the server's. */
  fieldError: (name: Path<T>) => Msg | string | undefined;
};

/**
 * Sends a react-hook-form form as a change request of `kind` (the broker reviews it): server field
 * errors next to the fields, other refusals above the button, the confirmation once it went out.
 */
export function useChangeRequestSubmit<T extends FieldValues>(
  kind: "ADDRESS" | "BANK_ACCOUNT",
  form: UseFormReturn<T, unknown, T>,
): ChangeRequestSubmit<T> {
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [sent, setSent] = useState(false);

  async function submit(values: T) {
    setError(null);
    setServerErrors({});
    try {
      const result = await submitChangeRequestAction(kind, values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setSent(true);
      form.reset();
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  return {
    sent,
    error,
    pending: form.formState.isSubmitting,
    onSubmit: form.handleSubmit(submit),
    fieldError: (name) => form.getFieldState(name, form.formState).error?.message ?? serverErrors[name],
  };
}

/** The form around a change request's fields: overall error and the submit button; the notice once sent. */
export function ChangeRequestForm<T extends FieldValues>({
  request,
  children,
}: {
  request: ChangeRequestSubmit<T>;
  children: ReactNode;
}) {
  const t = useTranslations("changeRequests.change");
  if (request.sent) return <SentNotice />;
  return (
    <form onSubmit={request.onSubmit} noValidate className="space-y-4">
      {children}
      <FormError message={request.error} />
      <SubmitButton pending={request.pending} pendingLabel={t("submitting")} fullWidth={false}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
