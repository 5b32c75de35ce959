"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Msg } from "@/lib/i18n/message-key";
import { COUNTRIES, type CustomerInput } from "@/lib/validation/customer";
import type { Option } from "./options";

type Errors = Record<string, { message?: string } | undefined>;

/** Address, contact data, advisor and internal note. */
export function ContactFields({
  advisors,
  advisorLocked,
  serverErrors,
}: {
  advisors: Option[];
  advisorLocked: boolean;
  serverErrors: Record<string, Msg>;
}) {
  const t = useTranslations("customers.form");
  const { register, formState } = useFormContext<CustomerInput>();
  const errors = formState.errors as Errors;
  const err = (name: string) => errors[name]?.message ?? serverErrors[name];
  const select = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";

  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-6">
        <legend className="mb-2 text-base font-semibold">{t("address")}</legend>
        <TextField
          id="street"
          label={t("street")}
          registration={register("street")}
          error={err("street")}
          className="sm:col-span-6"
        />
        <TextField
          id="postalCode"
          label={t("postalCode")}
          registration={register("postalCode")}
          error={err("postalCode")}
          className="sm:col-span-2"
          inputMode="numeric"
        />
        <TextField id="city" label={t("city")} registration={register("city")} error={err("city")} className="sm:col-span-2" />
        <SelectField
          id="country"
          label={t("country")}
          registration={register("country")}
          options={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
          error={err("country")}
          className="sm:col-span-2"
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">{t("contact")}</legend>
        <TextField
          id="email"
          type="email"
          label={t("email")}
          registration={register("email")}
          error={err("email")}
          hint={t("emailHint")}
          autoComplete="off"
        />
        <TextField
          id="mobile"
          type="tel"
          label={t("mobile")}
          registration={register("mobile")}
          error={err("mobile")}
          hint={t("mobileHint")}
          autoComplete="off"
        />
        <TextField
          id="phone"
          type="tel"
          label={t("phone")}
          registration={register("phone")}
          error={err("phone")}
          autoComplete="off"
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("office")}</legend>
        {advisorLocked ? (
          // Not a disabled select: react-hook-form drops disabled values; the preset advisor is kept as is.
          <div>
            <p className="block text-sm font-medium">{t("advisor")}</p>
            <p className="mt-1 text-sm text-slate-600">{t("advisorLocked")}</p>
          </div>
        ) : (
          <SelectField
            id="advisorId"
            label={t("advisor")}
            registration={register("advisorId")}
            options={advisors.map((a) => ({ value: a.id, label: a.label }))}
            emptyLabel={t("noAdvisor")}
            error={err("advisorId")}
          />
        )}
        <div className="sm:col-span-2">
          <label htmlFor="notes" className="block text-sm font-medium">
            {t("notes")}
          </label>
          <textarea id="notes" rows={3} className={select} {...register("notes")} />
          <p className="mt-1 text-xs text-slate-500">{t("notesHint")}</p>
          <FieldError message={err("notes")} />
        </div>
      </fieldset>
    </>
  );
}
