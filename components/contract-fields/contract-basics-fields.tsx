"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { CONTRACT_MODULES, CONTRACT_STATUSES } from "@/lib/validation/contract";
import { CONTRACT_FORM_LABELS, type BindContractField, type ContractFormVariant } from "./contract-field";
import { ContractFieldset } from "./contract-fieldset";
import { choices } from "./choices";

type Props = {
  variant: ContractFormVariant;
  field: BindContractField;
  /** The areas offered (customers only get those they may write in). */
  modules: readonly (typeof CONTRACT_MODULES)[number][];
  statuses: readonly (typeof CONTRACT_STATUSES)[number][];
  lines: { id: string; label: string }[];
  /** The insurer pick differs: brokers add missing insurers to the catalog, customers type a name. */
  insurer: ReactNode;
};

/** Area, status, line, insurer, policy number and product. */
export function ContractBasicsFields({ variant, field, modules, statuses, lines, insurer }: Props) {
  const t = useTranslations(CONTRACT_FORM_LABELS[variant]);
  const tPortal = useTranslations("ownContracts.form");
  const tl = useTranslations("labels");
  const portal = variant === "portal";
  return (
    <ContractFieldset variant={variant} legend={t("basics")} className="grid gap-4 sm:grid-cols-2">
      <SelectField
        {...field("module")}
        label={t("module")}
        options={choices(modules, (m) => tl(`contractModule.${m}`))}
        hint={portal ? tPortal("moduleHint") : undefined}
      />
      <SelectField {...field("status")} label={t("status")} options={choices(statuses, (s) => tl(`contractStatus.${s}`))} />
      <SelectField
        {...field("lineId")}
        label={t("line")}
        options={lines.map((l) => ({ value: l.id, label: l.label }))}
        emptyLabel={t("noLine")}
        hint={portal ? tPortal("lineHint") : undefined}
      />
      {insurer}
      <TextField {...field("policyNumber")} label={t("policyNumber")} autoComplete="off" />
      <TextField {...field("product")} label={t("product")} hint={t("productHint")} />
    </ContractFieldset>
  );
}
