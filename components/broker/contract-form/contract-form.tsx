"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { contractFieldBinder } from "@/components/contract-fields/contract-field";
import { ContractBasicsFields } from "@/components/contract-fields/contract-basics-fields";
import { ContractFieldset } from "@/components/contract-fields/contract-fieldset";
import { MoneyFields } from "@/components/contract-fields/money-fields";
import { NotesField } from "@/components/contract-fields/notes-field";
import { TermFields } from "@/components/contract-fields/term-fields";
import { SaveOutcome, useContractSave } from "@/components/contract-fields/use-contract-save";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveContractAction } from "@/lib/actions/contracts/save-contract";
import { CONTRACT_MODULES, CONTRACT_STATUSES, contractInput, type ContractInput } from "@/lib/validation/contract";
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
  const { register, handleSubmit, setValue, formState } = useForm<ContractInput, unknown, ContractInput>({
    resolver: zodResolver(contractInput, undefined, { raw: true }),
    defaultValues,
  });
  const { err, save, error, saved } = useContractSave(formState.errors);

  const onSubmit = (values: ContractInput) =>
    save(
      () => saveContractAction(target, values),
      ({ id }) => ("customerId" in target ? `/broker/contracts/${id}` : null),
    );

  const field = contractFieldBinder(register, err);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <ContractBasicsFields
        variant="broker"
        field={field}
        modules={CONTRACT_MODULES}
        statuses={CONTRACT_STATUSES}
        lines={lines}
        insurer={
          <InsurerSelect
            insurers={insurers}
            registration={register("insurerId")}
            error={err("insurerId")}
            onAdded={(id) => setValue("insurerId", id)}
          />
        }
      />
      <TermFields variant="broker" field={field} expiry={hidden.expiry ? "locked" : "editable"} />
      <MoneyFields variant="broker" field={field} currency={currency} locked={hidden.money} />
      <ContractFieldset variant="broker" legend={t("more")} className="space-y-3">
        <NotesField {...field("notes")} label={t("notes")} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" {...register("isConfidential")} />
          <span>
            {t("confidential")}
            <span className="block text-slate-500">{t("confidentialHint")}</span>
          </span>
        </label>
      </ContractFieldset>
      <SaveOutcome error={error} saved={saved} savedLabel={t("saved")} />
      <SubmitButton pending={formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
        {"customerId" in target ? t("create") : t("save")}
      </SubmitButton>
    </form>
  );
}
