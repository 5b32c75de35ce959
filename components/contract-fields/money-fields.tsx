"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { PAYMENT_FREQUENCIES, PAYMENT_METHODS } from "@/lib/validation/contract";
import { CONTRACT_FORM_LABELS, type BindContractField, type ContractFormVariant } from "./contract-field";
import { CONTRACT_FORM_LOOK, ContractFieldset } from "./contract-fieldset";
import { choices } from "./choices";

type Props = {
  variant: ContractFormVariant;
  field: BindContractField;
  currency: "EUR" | "CHF";
  /** A staff role that hides money sees the amounts read-only; the server keeps the stored values. */
  locked?: boolean;
};

/**
 * Sum insured, premium, payment frequency and method. Brokers read the sum first; customers start
 * with what they pay. Forms that withhold money from customers leave the whole group out.
 */
export function MoneyFields({ variant, field, currency, locked = false }: Props) {
  const t = useTranslations(CONTRACT_FORM_LABELS[variant]);
  const tBroker = useTranslations("contracts.form");
  const tl = useTranslations("labels");
  const lock = { readOnly: locked, placeholder: locked ? tBroker("hiddenByRole") : undefined, autoComplete: "off" };
  const sumInsured = <TextField {...field("sumInsured")} inputMode="decimal" label={t("sumInsured")} {...lock} />;
  return (
    <ContractFieldset variant={variant} legend={t("money", { currency })} className={CONTRACT_FORM_LOOK[variant].wide}>
      {variant === "broker" && sumInsured}
      <TextField
        {...field("grossPremium")}
        inputMode="decimal"
        label={t("grossPremium")}
        hint={t("grossPremiumHint")}
        {...lock}
      />
      <SelectField
        {...field("paymentFrequency")}
        label={t("paymentFrequency")}
        options={choices(PAYMENT_FREQUENCIES, (f) => tl(`paymentFrequency.${f}`))}
        emptyLabel={t("notSpecified")}
      />
      <SelectField
        {...field("paymentMethod")}
        label={t("paymentMethod")}
        options={choices(PAYMENT_METHODS, (m) => t(`paymentMethods.${m}`))}
        emptyLabel={t("notSpecified")}
      />
      {variant === "portal" && sumInsured}
    </ContractFieldset>
  );
}
