"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { saveContractAction } from "@/lib/actions/contracts/save-contract";
import type { Msg } from "@/lib/i18n/message-key";
import {
  CONTRACT_MODULES,
  CONTRACT_STATUSES,
  PAYMENT_FREQUENCIES,
  PAYMENT_METHODS,
  contractInput,
  type ContractInput,
} from "@/lib/validation/contract";
import { InsurerSelect } from "./insurer-select";

type Option = { id: string; label: string };
type Props = {
  target: { customerId: string } | { contractId: string };
  defaultValues: ContractInput;
  lines: Option[];
  insurers: Option[];
  currency: "EUR" | "CHF";
  /** Fields this staff member's role hides: shown locked, and the server keeps the stored values. */
  hidden?: { money: boolean; expiry: boolean };
};

/** The contract fields of docs/domain.md; amounts typed the German way ("1.234,56") are fine. */
export function ContractForm({
  target,
  defaultValues,
  lines,
  insurers,
  currency,
  hidden = { money: false, expiry: false },
}: Props) {
  const t = useTranslations("contracts.form");
  const tl = useTranslations("labels");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setValue, formState } = useForm<ContractInput, unknown, ContractInput>({
    resolver: zodResolver(contractInput, undefined, { raw: true }),
    defaultValues,
  });
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const err = (name: string) => errors[name]?.message ?? serverErrors[name];

  async function onSubmit(values: ContractInput) {
    setError(null);
    setServerErrors({});
    setSaved(false);
    try {
      const result = await saveContractAction(target, values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      if ("contractId" in target) {
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/broker/contracts/${result.data.id}`);
      }
    } catch {
      setError("common.errors.unexpected");
    }
  }

  const choices = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((v) => ({ value: v, label: label(v) }));

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("basics")}</legend>
        <SelectField
          id="module"
          label={t("module")}
          registration={register("module")}
          options={choices(CONTRACT_MODULES, (m) => tl(`contractModule.${m}`))}
          error={err("module")}
        />
        <SelectField
          id="status"
          label={t("status")}
          registration={register("status")}
          options={choices(CONTRACT_STATUSES, (s) => tl(`contractStatus.${s}`))}
          error={err("status")}
        />
        <SelectField
          id="lineId"
          label={t("line")}
          registration={register("lineId")}
          options={lines.map((l) => ({ value: l.id, label: l.label }))}
          emptyLabel={t("noLine")}
          error={err("lineId")}
        />
        <InsurerSelect
          insurers={insurers}
          registration={register("insurerId")}
          error={err("insurerId")}
          onAdded={(id) => setValue("insurerId", id)}
        />
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
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-base font-semibold">{t("term")}</legend>
        <TextField
          id="startDate"
          type="date"
          label={t("startDate")}
          registration={register("startDate")}
          error={err("startDate")}
        />
        <TextField
          id="endDate"
          type="date"
          label={t("endDate")}
          registration={register("endDate")}
          error={err("endDate")}
          hint={t("endDateHint")}
          readOnly={hidden.expiry}
          placeholder={hidden.expiry ? t("hiddenByRole") : undefined}
        />
        <TextField
          id="mainDue"
          label={t("mainDue")}
          registration={register("mainDue")}
          error={err("mainDue")}
          hint={t("mainDueHint")}
          placeholder="01.01"
        />
        <TextField
          id="noticePeriodMonths"
          type="number"
          min={0}
          max={36}
          label={t("noticePeriod")}
          registration={register("noticePeriodMonths")}
          error={err("noticePeriodMonths")}
          hint={t("noticePeriodHint")}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-base font-semibold">{t("money", { currency })}</legend>
        <TextField
          id="sumInsured"
          inputMode="decimal"
          label={t("sumInsured")}
          registration={register("sumInsured")}
          error={err("sumInsured")}
          readOnly={hidden.money}
          placeholder={hidden.money ? t("hiddenByRole") : undefined}
        />
        <TextField
          id="grossPremium"
          inputMode="decimal"
          label={t("grossPremium")}
          registration={register("grossPremium")}
          error={err("grossPremium")}
          hint={t("grossPremiumHint")}
          readOnly={hidden.money}
          placeholder={hidden.money ? t("hiddenByRole") : undefined}
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
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t("more")}</legend>
        <div>
          <label htmlFor="notes" className="block text-sm font-medium">
            {t("notes")}
          </label>
          <textarea
            id="notes"
            rows={3}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
            {...register("notes")}
          />
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" {...register("isConfidential")} />
          <span>
            {t("confidential")}
            <span className="block text-slate-500">{t("confidentialHint")}</span>
          </span>
        </label>
      </fieldset>
      <FormError message={error} />
      {saved && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("saved")}
        </p>
      )}
      <SubmitButton pending={formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
        {"customerId" in target ? t("create") : t("save")}
      </SubmitButton>
    </form>
  );
}
