"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useForm, useWatch } from "react-hook-form";
import { contractFieldBinder } from "@/components/contract-fields/contract-field";
import { ContractBasicsFields } from "@/components/contract-fields/contract-basics-fields";
import { ContractFieldset } from "@/components/contract-fields/contract-fieldset";
import { MoneyFields } from "@/components/contract-fields/money-fields";
import { NotesField } from "@/components/contract-fields/notes-field";
import { TermFields } from "@/components/contract-fields/term-fields";
import { SaveOutcome, useContractSave } from "@/components/contract-fields/use-contract-save";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createOwnContractAction } from "@/lib/actions/portal/own-contracts/create-own-contract";
import { updateFolderContractAction } from "@/lib/actions/portal/own-contracts/update-folder-contract";
import type { CONTRACT_MODULES } from "@/lib/validation/contract";
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
  /** False on the broker's contract: its notes are the office's internal ones (the server keeps them). */
  notesEditable?: boolean;
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
  notesEditable = true,
  cancelHref,
}: Props) {
  const t = useTranslations("ownContracts.form");
  const { register, handleSubmit, control, formState } = useForm<OwnContractInput, unknown, OwnContractInput>({
    resolver: zodResolver(ownContractInput, undefined, { raw: true }),
    defaultValues,
  });
  const { err, save, error, saved } = useContractSave(formState.errors);
  const insurerChoice = useWatch({ control, name: "insurerId" });

  const onSubmit = (values: OwnContractInput) =>
    save(
      () => (contractId ? updateFolderContractAction(contractId, values) : createOwnContractAction(values)),
      ({ id }) => (contractId ? null : `/portal/contracts/${id}/edit?created=1`),
    );

  // A contract the broker marked as expired keeps that status as a choice; customers cannot set it.
  const statuses = defaultValues.status === "EXPIRED" ? [...OWN_CONTRACT_STATUSES, "EXPIRED" as const] : OWN_CONTRACT_STATUSES;
  const field = contractFieldBinder(register, err);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-8">
      <ContractBasicsFields
        variant="portal"
        field={field}
        modules={modules}
        statuses={statuses}
        lines={lines}
        insurer={
          <div className="space-y-4">
            <SelectField
              {...field("insurerId")}
              label={t("insurer")}
              options={[
                { value: OTHER_INSURER, label: `${t("insurerOther")} …` },
                ...insurers.map((i) => ({ value: i.id, label: i.label })),
              ]}
              emptyLabel={t("noInsurer")}
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
        }
      />
      <TermFields variant="portal" field={field} expiry={hideExpiryDates ? "withheld" : "editable"} />
      {!hideFinancials && <MoneyFields variant="portal" field={field} currency={currency} />}
      {notesEditable && (
        <ContractFieldset variant="portal" legend={t("more")}>
          <NotesField {...field("notes")} label={t("notes")} hint={t("notesHint")} />
        </ContractFieldset>
      )}

      <SaveOutcome error={error} saved={saved} savedLabel={t("saved")} />
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
