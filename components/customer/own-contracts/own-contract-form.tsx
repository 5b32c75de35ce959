"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createOwnContractAction } from "@/lib/actions/portal/own-contracts/create-own-contract";
import { updateFolderContractAction } from "@/lib/actions/portal/own-contracts/update-folder-contract";
import type { Msg } from "@/lib/i18n/message-key";
import { CONTRACT_MODULES, PAYMENT_FREQUENCIES, PAYMENT_METHODS } from "@/lib/validation/contract";
import { OTHER_INSURER, OWN_CONTRACT_STATUSES, ownContractInput, type OwnContractInput } from "@/lib/validation/own-contract";

type Option = { id: string; label: string };
type ContractModule = (typeof CONTRACT_MODULES)[number];
type Props = {
  /** No id: a new own contract; with id: changes to a contract of the folder. */
  contractId?: string;
  defaultValues: OwnContractInput;
  /** Modules the customer may write in; the only ones offered. */
  modules: ContractModule[];
  lines: Option[];
  insurers: Option[];
  currency: "EUR" | "CHF";
  /** The broker withholds these values from customers: the fields are left out, the server keeps stored values. */
  hideFinancials: boolean;
  hideExpiryDates: boolean;
  cancelHref: string;
};

/** The customer's contract form; amounts typed the German way ("1.234,56") are fine. */
export function OwnContractForm({
  contractId,
  defaultValues,
  modules,
  lines,
  insurers,
  currency,
  hideFinancials,
  hideExpiryDates,
  cancelHref,
}: Props) {
  const t = useTranslations("ownContracts.form");
  const tl = useTranslations("labels");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<OwnContractInput, unknown, OwnContractInput>({
    resolver: zodResolver(ownContractInput, undefined, { raw: true }),
    defaultValues,
  });
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const err = (name: string) => errors[name]?.message ?? serverErrors[name];
  const insurerChoice = useWatch({ control, name: "insurerId" });

  async function onSubmit(values: OwnContractInput) {
    setError(null);
    setServerErrors({});
    setSaved(false);
    try {
      const result = contractId ? await updateFolderContractAction(contractId, values) : await createOwnContractAction(values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      if (contractId) {
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/portal/contracts/${result.data.id}/edit?created=1`);
      }
    } catch {
      setError("common.errors.unexpected");
    }
  }

  // A contract the broker marked as expired keeps that status as a choice; customers cannot set it.
  const statuses = defaultValues.status === "EXPIRED" ? [...OWN_CONTRACT_STATUSES, "EXPIRED" as const] : OWN_CONTRACT_STATUSES;
  const choices = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((v) => ({ value: v, label: label(v) }));

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-8">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-lg font-semibold">{t("basics")}</legend>
        <SelectField
          id="module"
          label={t("module")}
          registration={register("module")}
          options={choices(modules, (m) => tl(`contractModule.${m}`))}
          error={err("module")}
          hint={t("moduleHint")}
        />
        <SelectField
          id="status"
          label={t("status")}
          registration={register("status")}
          options={choices(statuses, (s) => tl(`contractStatus.${s}`))}
          error={err("status")}
        />
        <SelectField
          id="lineId"
          label={t("line")}
          registration={register("lineId")}
          options={lines.map((l) => ({ value: l.id, label: l.label }))}
          emptyLabel={t("noLine")}
          error={err("lineId")}
          hint={t("lineHint")}
        />
        <div className="space-y-4">
          <SelectField
            id="insurerId"
            label={t("insurer")}
            registration={register("insurerId")}
            options={[
              { value: OTHER_INSURER, label: `${t("insurerOther")} …` },
              ...insurers.map((i) => ({ value: i.id, label: i.label })),
            ]}
            emptyLabel={t("noInsurer")}
            error={err("insurerId")}
          />
          {insurerChoice === OTHER_INSURER && (
            <TextField
              id="insurerName"
              label={t("insurerName")}
              registration={register("insurerName")}
              error={err("insurerName")}
              hint={t("insurerNameHint")}
              autoComplete="organization"
            />
          )}
        </div>
        <TextField
          id="policyNumber"
          label={t("policyNumber")}
          registration={register("policyNumber")}
          error={err("policyNumber")}
          autoComplete="off"
        />
        <TextField
          id="product"
          label={t("product")}
          registration={register("product")}
          error={err("product")}
          hint={t("productHint")}
        />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-lg font-semibold">{t("term")}</legend>
        <TextField
          id="startDate"
          type="date"
          label={t("startDate")}
          registration={register("startDate")}
          error={err("startDate")}
        />
        {!hideExpiryDates && (
          <TextField
            id="endDate"
            type="date"
            label={t("endDate")}
            registration={register("endDate")}
            error={err("endDate")}
            hint={t("endDateHint")}
          />
        )}
        <TextField
          id="mainDue"
          label={t("mainDue")}
          registration={register("mainDue")}
          error={err("mainDue")}
          hint={t("mainDueHint")}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          id="noticePeriodMonths"
          type="number"
          inputMode="numeric"
          min={0}
          max={36}
          label={t("noticePeriod")}
          registration={register("noticePeriodMonths")}
          error={err("noticePeriodMonths")}
          hint={t("noticePeriodHint")}
        />
      </fieldset>

      {!hideFinancials && (
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-3 text-lg font-semibold">{t("money", { currency })}</legend>
          <TextField
            id="grossPremium"
            inputMode="decimal"
            label={t("grossPremium")}
            registration={register("grossPremium")}
            error={err("grossPremium")}
            hint={t("grossPremiumHint")}
            autoComplete="off"
          />
          <SelectField
            id="paymentFrequency"
            label={t("paymentFrequency")}
            registration={register("paymentFrequency")}
            options={choices(PAYMENT_FREQUENCIES, (f) => tl(`paymentFrequency.${f}`))}
            emptyLabel={t("notSpecified")}
            error={err("paymentFrequency")}
          />
          <SelectField
            id="paymentMethod"
            label={t("paymentMethod")}
            registration={register("paymentMethod")}
            options={choices(PAYMENT_METHODS, (m) => t(`paymentMethods.${m}`))}
            emptyLabel={t("notSpecified")}
            error={err("paymentMethod")}
          />
          <TextField
            id="sumInsured"
            inputMode="decimal"
            label={t("sumInsured")}
            registration={register("sumInsured")}
            error={err("sumInsured")}
            autoComplete="off"
          />
        </fieldset>
      )}

      <fieldset>
        <legend className="mb-3 text-lg font-semibold">{t("more")}</legend>
        <label htmlFor="notes" className="block text-sm font-medium">
          {t("notes")}
        </label>
        <textarea
          id="notes"
          rows={3}
          aria-describedby={err("notes") ? "notes-error" : "notes-hint"}
          aria-invalid={err("notes") ? true : undefined}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          {...register("notes")}
        />
        {err("notes") ? (
          <FieldError id="notes-error" message={err("notes")} />
        ) : (
          <p id="notes-hint" className="mt-1 text-xs text-slate-600">
            {t("notesHint")}
          </p>
        )}
      </fieldset>

      <FormError message={error} />
      {saved && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("saved")}
        </p>
      )}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center">
        <Link
          href={cancelHref}
          className="rounded-lg border border-slate-300 px-4 py-2.5 text-center font-medium hover:bg-slate-50"
        >
          {t("cancel")}
        </Link>
        <SubmitButton pending={formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
          {contractId ? t("save") : t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}
