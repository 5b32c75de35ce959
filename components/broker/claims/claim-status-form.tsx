"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeClaimStatusAction } from "@/lib/actions/claims/change-claim-status";
import type { Msg } from "@/lib/i18n/message-key";
import {
  CLAIM_NOTE_MAX,
  CLAIM_STATUSES,
  claimStatusInput,
  type ClaimStatusInput,
  type ClaimStatusValue,
} from "@/lib/validation/claim";
import { FormSuccess } from "@/components/ui/form-success";

/** New status plus an optional note the customer reads in the timeline; the customer is notified. */
export function ClaimStatusForm({ claimId, current }: { claimId: string; current: ClaimStatusValue }) {
  const t = useTranslations("claims");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, reset, formState } = useForm<ClaimStatusInput, unknown, ClaimStatusInput>({
    resolver: zodResolver(claimStatusInput, undefined, { raw: true }),
    defaultValues: { status: following(current), note: "" },
  });
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const err = (name: string) => (errors[name]?.message as Msg | undefined) ?? serverErrors[name];

  async function onSubmit(values: ClaimStatusInput) {
    setError(null);
    setServerErrors({});
    setSaved(false);
    try {
      const result = await changeClaimStatusAction(claimId, values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setSaved(true);
      reset({ status: following(values.status as ClaimStatusValue), note: "" });
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  const noteError = err("note");
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError message={error} />
      {saved && <FormSuccess>{t("statusForm.saved")}</FormSuccess>}
      <SelectField
        id="status"
        label={t("statusForm.status")}
        registration={register("status")}
        options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        error={err("status")}
      />
      <FieldShell id="note" label={t("statusForm.note")} error={noteError} hint={t("statusForm.noteHint")}>
        <textarea
          id="note"
          rows={4}
          maxLength={CLAIM_NOTE_MAX + 100}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={noteError ? true : undefined}
          aria-describedby={describedBy("note", noteError, t("statusForm.noteHint"))}
          {...register("note")}
        />
      </FieldShell>
      <SubmitButton pending={formState.isSubmitting} pendingLabel={t("statusForm.saving")}>
        {t("statusForm.submit")}
      </SubmitButton>
    </form>
  );
}

/** The usual next step, preselected so the common case is one click. */
function following(status: ClaimStatusValue): ClaimStatusValue {
  return CLAIM_STATUSES[Math.min(CLAIM_STATUSES.indexOf(status) + 1, CLAIM_STATUSES.length - 1)]!;
}
