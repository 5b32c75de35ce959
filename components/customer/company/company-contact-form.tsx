"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createCompanyContactAction } from "@/lib/actions/company-users/create-company-contact";
import { updateCompanyContactAction } from "@/lib/actions/company-users/update-company-contact";
import type { Msg } from "@/lib/i18n/message-key";
import { contactPersonInput, type ContactPersonInput } from "@/lib/validation/contact-person";

export type CompanyContactValues = {
  firstName: string;
  lastName: string;
  position: string | null;
  email: string | null;
  businessPhone: string | null;
  mobile: string | null;
};

type Props = { mode: "create" } | { mode: "edit"; contactId: string; contact: CompanyContactValues; readOnly?: boolean };

const FIELDS = ["firstName", "lastName", "position", "email", "businessPhone", "mobile"] as const;

/** "Neuer Kontakt" and "Kontaktdaten" of the user manager; a new contact opens its page (account next). */
export function CompanyContactForm(props: Props) {
  const t = useTranslations("companyUsers.form");
  const tField = useTranslations("contacts.form");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [saved, setSaved] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const initial = props.mode === "edit" ? props.contact : null;
  const form = useForm<ContactPersonInput, unknown, ContactPersonInput>({
    resolver: zodResolver(contactPersonInput, undefined, { raw: true }),
    defaultValues: Object.fromEntries(FIELDS.map((f) => [f, initial?.[f] ?? ""])) as ContactPersonInput,
  });
  const errors = form.formState.errors;
  const readOnly = props.mode === "edit" && props.readOnly === true;

  async function onSubmit(values: ContactPersonInput) {
    setError(null);
    setSaved(false);
    setServerErrors({});
    try {
      const result =
        props.mode === "edit"
          ? await updateCompanyContactAction(props.contactId, values)
          : await createCompanyContactAction(values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      if (props.mode === "create") {
        router.push(`/portal/company/contacts/${result.data.id}`);
        return;
      }
      setSaved(true);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  const field = (name: (typeof FIELDS)[number], extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`company-contact-${name}`}
      label={tField(name)}
      registration={form.register(name)}
      error={errors[name]?.message ?? serverErrors[name]}
      autoComplete="off"
      readOnly={readOnly}
      data-testid={`company-contact-${name}`}
      {...extra}
    />
  );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="company-contact-form">
      <div className="grid gap-4 sm:grid-cols-2">
        {field("firstName")}
        {field("lastName")}
        {field("position", { hint: tField("positionHint") })}
        {field("email", { type: "email" })}
        {field("businessPhone", { type: "tel", hint: tField("phoneHint") })}
        {field("mobile", { type: "tel", hint: tField("phoneHint") })}
      </div>
      {!readOnly && <p className="text-sm text-slate-600">{t("accountHint")}</p>}
      <FormError message={error} />
      {saved && <FormSuccess>{t("saved")}</FormSuccess>}
      {!readOnly && (
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
            {props.mode === "edit" ? t("save") : t("create")}
          </SubmitButton>
          {props.mode === "create" && (
            <Link
              href="/portal/company/contacts"
              className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium hover:bg-slate-50"
            >
              {t("cancel")}
            </Link>
          )}
        </div>
      )}
    </form>
  );
}
