"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createStaffRoleAction } from "@/lib/actions/staff/roles/create-staff-role";
import type { Msg } from "@/lib/i18n/message-key";
import { createRoleInput, type CreateRoleInput } from "@/lib/validation/staff-roles";

/** "Rolle anlegen": a name is all it needs; the rights are set in the matrix afterwards. */
export function CreateRoleForm() {
  const t = useTranslations("rights.roles");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<CreateRoleInput>({ resolver: zodResolver(createRoleInput), defaultValues: { name: "" } });

  async function onSubmit(values: CreateRoleInput) {
    setError(null);
    setCreated(null);
    try {
      const result = await createStaffRoleAction(values);
      if (!result.ok) {
        const nameError = result.fieldErrors?.name;
        if (nameError) setFieldError("name", { message: typeof nameError === "string" ? nameError : nameError.key });
        else setError(result.error);
        return;
      }
      setCreated(values.name.trim());
      reset({ name: "" });
      router.refresh();
    } catch {
      setError("rights.roles.failed");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          id="role-name"
          label={t("name")}
          placeholder={t("namePlaceholder")}
          autoComplete="off"
          maxLength={60}
          className="sm:w-80"
          registration={register("name")}
          error={errors.name?.message}
        />
        <div className="sm:pt-6">
          <SubmitButton pending={isSubmitting} pendingLabel={t("creating")} fullWidth={false}>
            {t("create")}
          </SubmitButton>
        </div>
      </div>
      <FormError message={error} />
      {created && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("created", { name: created })}
        </p>
      )}
    </form>
  );
}
