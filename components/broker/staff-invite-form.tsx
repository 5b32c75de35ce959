"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteStaffAction } from "@/lib/actions/staff/invite-staff";
import { staffInvitationInput, type StaffInvitationInput, type StaffRoleKey } from "@/lib/validation/staff-invitation";

type Field = keyof StaffInvitationInput;
const FIELDS: { name: Exclude<Field, "roleKey">; label: string; type: string; autoComplete: string; hint?: string }[] = [
  { name: "firstName", label: "Vorname", type: "text", autoComplete: "off" },
  { name: "lastName", label: "Nachname", type: "text", autoComplete: "off" },
  { name: "email", label: "E-Mail-Adresse", type: "email", autoComplete: "off" },
  {
    name: "mobile",
    label: "Mobilnummer",
    type: "tel",
    autoComplete: "off",
    hint: "Für den SMS-Code der Registrierung, z. B. +49 170 1234567.",
  },
];

/** "Mitarbeiter einladen": sends the registration link; the new member enrols TOTP at the first sign-in. */
export function StaffInviteForm({ roles }: { roles: { key: StaffRoleKey; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
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
        const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([name]) => name in values);
        for (const [name, message] of fieldErrors) setFieldError(name as Field, { message });
        if (fieldErrors.length === 0) setError(result.error);
        return;
      }
      setSentTo(values.email);
      reset({ firstName: "", lastName: "", email: "", mobile: "", roleKey: values.roleKey });
      router.refresh();
    } catch {
      setError("Die Einladung konnte nicht versendet werden. Bitte versuchen Sie es erneut.");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Mitarbeiter einladen</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`staff-${f.name}`} className="block text-sm font-medium">
              {f.label}
            </label>
            <input
              id={`staff-${f.name}`}
              type={f.type}
              autoComplete={f.autoComplete}
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={errors[f.name] ? `staff-${f.name}-error` : f.hint ? `staff-${f.name}-hint` : undefined}
              {...register(f.name)}
            />
            {f.hint && !errors[f.name] && (
              <p id={`staff-${f.name}-hint`} className="mt-1 text-xs text-slate-500">
                {f.hint}
              </p>
            )}
            {errors[f.name] && (
              <p id={`staff-${f.name}-error`} className="mt-1 text-sm text-red-700">
                {errors[f.name]?.message}
              </p>
            )}
          </div>
        ))}
        <div>
          <label htmlFor="staff-roleKey" className="block text-sm font-medium">
            Rolle
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
          {errors.roleKey && <p className="mt-1 text-sm text-red-700">{errors.roleKey.message}</p>}
        </div>
      </div>
      <FormError message={error} />
      {sentTo && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          Die Einladung an {sentTo} wurde versendet. Der Link ist 48 Stunden gültig.
        </p>
      )}
      <SubmitButton pending={isSubmitting} pendingLabel="Wird versendet …" fullWidth={false}>
        Einladung senden
      </SubmitButton>
    </form>
  );
}
