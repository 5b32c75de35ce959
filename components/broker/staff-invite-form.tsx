"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteStaffAction } from "@/lib/actions/staff/invite-staff";
import type { Msg } from "@/lib/i18n/message-key";
import { staffInvitationInput, type StaffInvitationInput } from "@/lib/validation/staff-invitation";

type Field = keyof StaffInvitationInput;
const FIELDS: { name: Exclude<Field, "roleKey">; type: string; hint?: boolean }[] = [
  { name: "firstName", type: "text" },
  { name: "lastName", type: "text" },
  { name: "email", type: "email" },
  { name: "mobile", type: "tel", hint: true },
];

/** "Mitarbeiter einladen": sends the registration link; the new member enrols TOTP at the first sign-in. */
export function StaffInviteForm({ roles }: { roles: { key: string; name: string }[] }) {
  const t = useTranslations("broker.staff.invite");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const defaultRole = roles.find((r) => r.key === "backoffice")?.key ?? roles[0]?.key ?? "advisor";
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<StaffInvitationInput>({
    resolver: zodResolver(staffInvitationInput),
    defaultValues: { firstName: "", lastName: "", email: "", mobile: "", roleKey: defaultRole },
  });

  async function onSubmit(values: StaffInvitationInput) {
    setError(null);
    setSentTo(null);
    try {
      const result = await inviteStaffAction(values);
      if (!result.ok) {
        // Catalog keys; FieldError and FormError translate them. The form holds a field message as a
        // string, and the data layer's field messages are plain keys without values.
        const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([name]) => name in values);
        for (const [name, message] of fieldErrors) {
          setFieldError(name as Field, { message: typeof message === "string" ? message : message.key });
        }
        if (fieldErrors.length === 0) setError(result.error);
        return;
      }
      setSentTo(values.email);
      reset({ firstName: "", lastName: "", email: "", mobile: "", roleKey: values.roleKey });
      router.refresh();
    } catch {
      setError("broker.staff.invite.failed");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`staff-${f.name}`} className="block text-sm font-medium">
              {t(f.name)}
            </label>
            <input
              id={`staff-${f.name}`}
              type={f.type}
              autoComplete="off"
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={errors[f.name] ? `staff-${f.name}-error` : f.hint ? `staff-${f.name}-hint` : undefined}
              {...register(f.name)}
            />
            {f.hint && !errors[f.name] && (
              <p id={`staff-${f.name}-hint`} className="mt-1 text-xs text-slate-500">
                {t("mobileHint")}
              </p>
            )}
            <FieldError id={`staff-${f.name}-error`} message={errors[f.name]?.message} />
          </div>
        ))}
        <div>
          <label htmlFor="staff-roleKey" className="block text-sm font-medium">
            {t("role")}
          </label>
          <select
            id="staff-roleKey"
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
            aria-invalid={errors.roleKey ? true : undefined}
            {...register("roleKey")}
          >
            {roles.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </select>
          <FieldError message={errors.roleKey?.message} />
        </div>
      </div>
      <FormError message={error} />
      {sentTo && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("sent", { email: sentTo })}
        </p>
      )}
      <SubmitButton pending={isSubmitting} pendingLabel={t("submitting")} fullWidth={false}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
