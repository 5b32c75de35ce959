"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createContactPersonAction } from "@/lib/actions/contacts/create-contact-person";
import { updateContactPersonAction } from "@/lib/actions/contacts/update-contact-person";
import type { ContactPersonItem } from "@/lib/data/contacts/list-contact-persons";
import type { Msg } from "@/lib/i18n/message-key";
import { contactPersonInput, type ContactPersonInput } from "@/lib/validation/contact-person";

type Props =
  | { mode: "create"; companyId: string; onDone: () => void; onCancel: () => void }
  | { mode: "edit"; contact: ContactPersonItem; onDone: () => void; onCancel: () => void };

const EMPTY: ContactPersonInput = { firstName: "", lastName: "", position: "", email: "", businessPhone: "", mobile: "" };

/** Add or edit one contact person in place; server refusals show next to their field. */
export function ContactPersonForm(props: Props) {
  const t = useTranslations("contacts.form");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const defaultValues =
    props.mode === "edit"
      ? {
          firstName: props.contact.firstName,
          lastName: props.contact.lastName,
          position: props.contact.position ?? "",
          email: props.contact.email ?? "",
          businessPhone: props.contact.businessPhone ?? "",
          mobile: props.contact.mobile ?? "",
        }
      : EMPTY;
  // raw: the action gets what the user typed and validates it again on the server.
  const form = useForm<ContactPersonInput, unknown, ContactPersonInput>({
    resolver: zodResolver(contactPersonInput, undefined, { raw: true }),
    defaultValues,
  });
  const errors = form.formState.errors;
  const err = (name: keyof ContactPersonInput) => errors[name]?.message ?? serverErrors[name];
  // Unique ids: several forms (add and edits) can be open on the page at once.
  const idPrefix = props.mode === "edit" ? `contact-${props.contact.id}` : "contact-new";

  async function onSubmit(values: ContactPersonInput) {
    setError(null);
    setServerErrors({});
    try {
      const result =
        props.mode === "edit"
          ? await updateContactPersonAction(props.contact.id, values)
          : await createContactPersonAction(props.companyId, values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      router.refresh();
      props.onDone();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  const field = (name: keyof ContactPersonInput, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`${idPrefix}-${name}`}
      label={t(name)}
      registration={form.register(name)}
      error={err(name)}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="contact-person-form">
      <div className="grid gap-4 sm:grid-cols-2">
        {field("firstName")}
        {field("lastName")}
        {field("position", { hint: t("positionHint") })}
        {field("email", { type: "email" })}
        {field("businessPhone", { type: "tel", hint: t("phoneHint") })}
        {field("mobile", { type: "tel", hint: t("phoneHint") })}
      </div>
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
          {props.mode === "edit" ? t("save") : t("add")}
        </SubmitButton>
        <button
          type="button"
          onClick={props.onCancel}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium hover:bg-slate-50"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
