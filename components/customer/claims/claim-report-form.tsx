"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { reportClaimAction } from "@/lib/actions/claims/report-claim";
import type { Msg } from "@/lib/i18n/message-key";
import { CLAIM_DESCRIPTION_MAX, CLAIM_DESCRIPTION_MIN, claimReportInput, type ClaimReportInput } from "@/lib/validation/claim";

type Props = { contracts: { id: string; label: string }[] };

/** Contract (optional), day of the loss typed the German way, what happened; photos follow on the claim page. */
export function ClaimReportForm({ contracts }: Props) {
  const t = useTranslations("claims.form");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const { register, handleSubmit, control, formState } = useForm<ClaimReportInput, unknown, ClaimReportInput>({
    resolver: zodResolver(claimReportInput, undefined, { raw: true }),
    defaultValues: { contractId: "", occurredOn: "", description: "" },
  });
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const err = (name: string) => (errors[name]?.message as Msg | undefined) ?? serverErrors[name];
  const length = (useWatch({ control, name: "description" }) ?? "").trim().length;

  async function onSubmit(values: ClaimReportInput) {
    setError(null);
    setServerErrors({});
    try {
      const result = await reportClaimAction(values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      router.push(`/portal/claims/${result.data.id}?reported=1`);
    } catch {
      setError("common.errors.unexpected");
    }
  }

  const descriptionError = err("description");
  const counterId = "description-count";
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <FormError message={error} />
      <SelectField
        id="contractId"
        label={t("contract")}
        registration={register("contractId")}
        options={contracts.map((c) => ({ value: c.id, label: c.label }))}
        emptyLabel={t("noContract")}
        hint={t("contractHint")}
        error={err("contractId")}
      />
      <TextField
        id="occurredOn"
        label={t("occurredOn")}
        registration={register("occurredOn")}
        hint={t("occurredOnHint")}
        error={err("occurredOn")}
        placeholder={t("datePlaceholder")}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-xs"
      />
      <FieldShell id="description" label={t("description")} error={descriptionError} hint={t("descriptionHint")}>
        <textarea
          id="description"
          rows={7}
          maxLength={CLAIM_DESCRIPTION_MAX + 200}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={[describedBy("description", descriptionError, t("descriptionHint")), counterId].join(" ")}
          {...register("description")}
        />
      </FieldShell>
      <p id={counterId} className="-mt-3 text-xs text-slate-600 tabular-nums">
        {t("characters", { count: length, max: CLAIM_DESCRIPTION_MAX, min: CLAIM_DESCRIPTION_MIN })}
      </p>
      <p className="border-brand rounded-lg border-l-4 bg-slate-50 px-3 py-2 text-sm text-slate-700">{t("photosNext")}</p>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center">
        <Link
          href="/portal/claims"
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-center font-medium hover:bg-slate-50"
        >
          {t("cancel")}
        </Link>
        <SubmitButton pending={formState.isSubmitting} pendingLabel={t("submitting")} fullWidth={false}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
