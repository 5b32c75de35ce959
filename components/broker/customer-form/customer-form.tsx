"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCustomerAction } from "@/lib/actions/customers/create-customer";
import { updateCustomerAction } from "@/lib/actions/customers/update-customer";
import type { Msg } from "@/lib/i18n/message-key";
import { customerInput, type CustomerInput } from "@/lib/validation/customer";
import { BankAccountFields } from "./bank-account-fields";
import { ContactFields } from "./contact-fields";
import { NameFields } from "./name-fields";
import type { Option } from "./options";

type Props = {
  /** null: create a new customer */
  customerId: string | null;
  defaultValues: CustomerInput;
  advisors: Option[];
  companies: Option[];
  canEditBankAccounts: boolean;
  advisorLocked: boolean;
};

/** Create and edit form for persons and companies; server refusals show next to their field. */
export function CustomerForm({ customerId, defaultValues, advisors, companies, canEditBankAccounts, advisorLocked }: Props) {
  const t = useTranslations("customers.form");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [saved, setSaved] = useState(false);
  // raw: the action gets what the user typed and validates it again on the server.
  const form = useForm<CustomerInput, unknown, CustomerInput>({
    resolver: zodResolver(customerInput, undefined, { raw: true }),
    defaultValues,
  });
  const kind = useWatch({ control: form.control, name: "kind" });

  async function onSubmit(values: CustomerInput) {
    setError(null);
    setServerErrors({});
    setSaved(false);
    const input = canEditBankAccounts ? values : { ...values, bankAccounts: undefined };
    try {
      const result = customerId ? await updateCustomerAction(customerId, input) : await createCustomerAction(input);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      if (customerId) {
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/broker/customers/${result.data.id}`);
      }
    } catch {
      setError("common.errors.unexpected");
    }
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-6">
        {!customerId && (
          <fieldset className="flex gap-4">
            <legend className="mb-1 text-sm font-medium">{t("kind")}</legend>
            {(["PERSON", "COMPANY"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" value={value} {...form.register("kind")} />
                {t(value === "PERSON" ? "kindPerson" : "kindCompany")}
              </label>
            ))}
          </fieldset>
        )}
        <NameFields kind={kind} companies={companies} serverErrors={serverErrors} />
        <ContactFields advisors={advisors} advisorLocked={advisorLocked} serverErrors={serverErrors} />
        {canEditBankAccounts && <BankAccountFields serverError={serverErrors.bankAccounts} />}
        {serverErrors.confirmSimilar && (
          <label className="flex items-start gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
            <input type="checkbox" className="mt-1" {...form.register("confirmSimilar")} />
            {t("confirmSimilar")}
          </label>
        )}
        <FormError message={error} />
        {saved && (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
            {t("saved")}
          </p>
        )}
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
          {customerId ? t("save") : t("create")}
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
