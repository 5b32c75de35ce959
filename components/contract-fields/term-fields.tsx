"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { CONTRACT_FORM_LABELS, type BindContractField, type ContractFormVariant } from "./contract-field";
import { CONTRACT_FORM_LOOK, ContractFieldset } from "./contract-fieldset";

/**
 * How the expiry date is offered: "locked" when a staff role hides it (shown read-only, the server keeps
 * the stored value), "withheld" when the broker hides expiry dates from customers (left out entirely).
 */
export type ExpiryField = "editable" | "locked" | "withheld";

type Props = { variant: ContractFormVariant; field: BindContractField; expiry: ExpiryField };

/** Start, expiry, main due date and notice period. */
export function TermFields({ variant, field, expiry }: Props) {
  const t = useTranslations(CONTRACT_FORM_LABELS[variant]);
  const tBroker = useTranslations("contracts.form");
  // Customers get a decimal keypad for "TT.MM"; staff a placeholder with the common value.
  const mainDueInput = variant === "portal" ? ({ inputMode: "decimal", autoComplete: "off" } as const) : { placeholder: "01.01" };
  return (
    <ContractFieldset variant={variant} legend={t("term")} className={CONTRACT_FORM_LOOK[variant].wide}>
      <TextField {...field("startDate")} type="date" label={t("startDate")} />
      {expiry !== "withheld" && (
        <TextField
          {...field("endDate")}
          type="date"
          label={t("endDate")}
          hint={t("endDateHint")}
          readOnly={expiry === "locked"}
          placeholder={expiry === "locked" ? tBroker("hiddenByRole") : undefined}
        />
      )}
      <TextField {...field("mainDue")} label={t("mainDue")} hint={t("mainDueHint")} {...mainDueInput} />
      <TextField
        {...field("noticePeriodMonths")}
        type="number"
        inputMode="numeric"
        min={0}
        max={36}
        label={t("noticePeriod")}
        hint={t("noticePeriodHint")}
      />
    </ContractFieldset>
  );
}
