"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Msg } from "@/lib/i18n/message-key";
import { SALUTATIONS, type CustomerInput } from "@/lib/validation/customer";
import type { Option } from "./options";

type Errors = Record<string, { message?: string } | undefined>;

/** Salutation, names and birth date of a person, or name, legal form and parent of a company. */
export function NameFields({
  kind,
  companies,
  serverErrors,
}: {
  kind: CustomerInput["kind"];
  companies: Option[];
  serverErrors: Record<string, Msg>;
}) {
  const t = useTranslations("customers.form");
  const { register, formState } = useFormContext<CustomerInput>();
  const errors = formState.errors as Errors;
  const err = (name: string) => errors[name]?.message ?? serverErrors[name];

  if (kind === "COMPANY") {
    return (
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("company")}</legend>
        <TextField
          id="companyName"
          label={t("companyName")}
          registration={register("companyName")}
          error={err("companyName")}
          className="sm:col-span-2"
        />
        <TextField
          id="legalForm"
          label={t("legalForm")}
          registration={register("legalForm")}
          error={err("legalForm")}
          hint={t("legalFormHint")}
        />
        <SelectField
          id="parentCompanyId"
          label={t("parentCompany")}
          registration={register("parentCompanyId")}
          options={companies.map((c) => ({ value: c.id, label: c.label }))}
          emptyLabel={t("noParent")}
          error={err("parentCompanyId")}
        />
        <CustomerNumberField error={err("customerNumber")} />
      </fieldset>
    );
  }
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-base font-semibold">{t("person")}</legend>
      <SelectField
        id="salutation"
        label={t("salutation")}
        registration={register("salutation")}
        options={SALUTATIONS.map((s) => ({ value: s, label: t(`salutations.${s}`) }))}
        emptyLabel={t("noSalutation")}
        error={err("salutation")}
      />
      <TextField id="title" label={t("title")} registration={register("title")} error={err("title")} hint={t("titleHint")} />
      <TextField
        id="firstName"
        label={t("firstName")}
        registration={register("firstName")}
        error={err("firstName")}
        autoComplete="off"
      />
      <TextField
        id="lastName"
        label={t("lastName")}
        registration={register("lastName")}
        error={err("lastName")}
        autoComplete="off"
      />
      <TextField
        id="birthDate"
        type="date"
        label={t("birthDate")}
        registration={register("birthDate")}
        error={err("birthDate")}
      />
      <CustomerNumberField error={err("customerNumber")} />
    </fieldset>
  );
}

function CustomerNumberField({ error }: { error: Msg | string | undefined }) {
  const t = useTranslations("customers.form");
  const { register } = useFormContext<CustomerInput>();
  return (
    <TextField
      id="customerNumber"
      label={t("customerNumber")}
      registration={register("customerNumber")}
      error={error}
      hint={t("customerNumberHint")}
    />
  );
}
