"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { recordHouseholdConsentAction } from "@/lib/actions/households/record-household-consent";
import type { ConsentForm as SignedForm, HouseholdMember } from "@/lib/data/households/get-household-panel";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { householdConsentInput, officeToday, type HouseholdConsentInput } from "@/lib/validation/household";
import { useHouseholdAction } from "./use-household-action";

type Props = { customerId: string; members: HouseholdMember[]; forms: SignedForm[] };

const empty: HouseholdConsentInput = { grantorCustomerId: "", granteeCustomerId: "", grantedAt: "", documentId: "" };

/** Records who lets whom see their folder; the form list follows the chosen grantor. */
export function ConsentForm({ customerId, members, forms }: Props) {
  const t = useTranslations("households.consents");
  const locale = useLocale() as AppLocale;
  const { run, pending, error, fieldErrors } = useHouseholdAction();
  const { register, handleSubmit, reset, control, setValue, formState } = useForm<
    HouseholdConsentInput,
    unknown,
    HouseholdConsentInput
  >({
    resolver: zodResolver(householdConsentInput, undefined, { raw: true }),
    defaultValues: empty,
  });
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const err = (name: keyof HouseholdConsentInput) => errors[name]?.message ?? fieldErrors[name];
  const grantorId = useWatch({ control, name: "grantorCustomerId" });
  // a form chosen for the previous grantor would not belong to the new one
  const grantorField = register("grantorCustomerId", { onChange: () => setValue("documentId", "") });
  const memberOptions = members.map((m) => ({ value: m.id, label: `${m.name} (${m.customerNumber})` }));
  const formOptions = forms
    .filter((f) => f.customerId === grantorId)
    .map((f) => ({ value: f.id, label: f.documentDate ? `${f.title} · ${formatDate(f.documentDate, locale)}` : f.title }));

  async function onSubmit(values: HouseholdConsentInput) {
    if (await run(() => recordHouseholdConsentAction(customerId, values))) reset(empty);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-xl border border-slate-200 p-4">
      <h4 className="font-semibold">{t("add")}</h4>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="consent-grantor"
          label={t("grantorLabel")}
          registration={grantorField}
          options={memberOptions}
          emptyLabel={t("chooseMember")}
          error={err("grantorCustomerId")}
        />
        <SelectField
          id="consent-grantee"
          label={t("granteeLabel")}
          registration={register("granteeCustomerId")}
          options={memberOptions.filter((o) => o.value !== grantorId)}
          emptyLabel={t("chooseMember")}
          error={err("granteeCustomerId")}
        />
        <TextField
          id="consent-date"
          type="date"
          label={t("dateLabel")}
          registration={register("grantedAt")}
          max={officeToday()}
          error={err("grantedAt")}
        />
        <SelectField
          id="consent-form"
          label={t("formLabel")}
          registration={register("documentId")}
          options={formOptions}
          emptyLabel={t("formNone")}
          error={err("documentId")}
          hint={t("formHint")}
        />
      </div>
      <FormError message={error} />
      <SubmitButton pending={pending} pendingLabel={t("recording")} fullWidth={false}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
