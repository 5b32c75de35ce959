"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import type { Msg } from "@/lib/i18n/message-key";
import type { CustomerInput } from "@/lib/validation/customer";

type RowErrors = { holder?: { message?: string }; iban?: { message?: string }; bic?: { message?: string } };

/** Any number of accounts (the first one is the default for debits); IBAN checked on both sides. */
export function BankAccountFields({ serverError }: { serverError?: Msg }) {
  const t = useTranslations("customers.form");
  const { control, register, formState } = useFormContext<CustomerInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "bankAccounts" });
  const rows = (formState.errors.bankAccounts ?? []) as RowErrors[] & { message?: string };

  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-base font-semibold">{t("bankAccounts")}</legend>
      {fields.length === 0 && <p className="text-sm text-slate-600">{t("noBankAccounts")}</p>}
      {fields.map((field, index) => (
        <div
          key={field.id}
          className="grid gap-3 rounded-xl border border-slate-200 p-3 sm:grid-cols-[1fr_2fr_1fr_auto] sm:items-start"
        >
          <TextField
            id={`bank-${index}-holder`}
            label={t("holder")}
            registration={register(`bankAccounts.${index}.holder`)}
            error={rows[index]?.holder?.message}
          />
          <TextField
            id={`bank-${index}-iban`}
            label={t("iban")}
            registration={register(`bankAccounts.${index}.iban`)}
            error={rows[index]?.iban?.message}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            id={`bank-${index}-bic`}
            label={t("bic")}
            registration={register(`bankAccounts.${index}.bic`)}
            error={rows[index]?.bic?.message}
            autoComplete="off"
          />
          <button
            type="button"
            onClick={() => remove(index)}
            className="rounded-lg border border-slate-300 px-3 py-2 text-sm sm:mt-6"
          >
            {t("removeBankAccount")}
          </button>
        </div>
      ))}
      <FieldError message={rows.message ?? serverError} />
      <button
        type="button"
        onClick={() => append({ holder: "", iban: "", bic: "" })}
        className="text-brand-ink text-sm font-medium hover:underline"
      >
        + {t("addBankAccount")}
      </button>
    </fieldset>
  );
}
