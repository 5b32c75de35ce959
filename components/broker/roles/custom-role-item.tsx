"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { deleteStaffRoleAction } from "@/lib/actions/staff/roles/delete-staff-role";
import { renameStaffRoleAction } from "@/lib/actions/staff/roles/rename-staff-role";
import type { Msg } from "@/lib/i18n/message-key";
import { renameRoleInput, type RenameRoleInput } from "@/lib/validation/staff-roles";

type Props = { role: { id: string; name: string; memberCount: number } };

const SECONDARY =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60";

/** One of the office's own roles: rename inline; delete (after a confirmation) while nobody has it. */
export function CustomRoleItem({ role }: Props) {
  const t = useTranslations("rights.roles");
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "rename" | "confirmDelete">("view");
  const [error, setError] = useState<Msg | null>(null);
  const [deleting, startDelete] = useTransition();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<RenameRoleInput>({ resolver: zodResolver(renameRoleInput), defaultValues: { roleId: role.id, name: role.name } });

  async function onRename(values: RenameRoleInput) {
    setError(null);
    try {
      const result = await renameStaffRoleAction(values);
      if (!result.ok) {
        const nameError = result.fieldErrors?.name;
        if (nameError) setFieldError("name", { message: typeof nameError === "string" ? nameError : nameError.key });
        else setError(result.error);
        return;
      }
      setMode("view");
      router.refresh();
    } catch {
      setError("rights.roles.failed");
    }
  }

  function onDelete() {
    setError(null);
    startDelete(async () => {
      try {
        const result = await deleteStaffRoleAction({ roleId: role.id });
        if (!result.ok) return setError(result.error);
        router.refresh();
      } catch {
        setError("rights.roles.failed");
      }
    });
  }

  return (
    <li className="space-y-2 py-3" data-testid="custom-role">
      {mode === "rename" ? (
        <form onSubmit={handleSubmit(onRename)} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <TextField
            id={`role-${role.id}-name`}
            label={t("name")}
            autoComplete="off"
            maxLength={60}
            className="sm:w-80"
            registration={register("name")}
            error={errors.name?.message}
          />
          <div className="flex gap-2 sm:pt-6">
            <SubmitButton pending={isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
              {t("save")}
            </SubmitButton>
            <button type="button" className={SECONDARY} onClick={() => setMode("view")}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <p className="font-medium">{role.name}</p>
            {role.memberCount > 0 && <p className="text-xs text-slate-600">{t("inUse", { count: role.memberCount })}</p>}
          </div>
          {mode === "confirmDelete" ? (
            <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("deleteConfirm", { name: role.name })}>
              <span className="text-sm">{t("deleteConfirm", { name: role.name })}</span>
              <ConfirmPair
                confirmLabel={t("deleteYes")}
                cancelLabel={t("cancel")}
                onConfirm={onDelete}
                onCancel={() => setMode("view")}
                pending={deleting}
              />
            </div>
          ) : (
            <div className="flex gap-2">
              <button type="button" className={SECONDARY} onClick={() => setMode("rename")}>
                {t("rename")}
              </button>
              <button
                type="button"
                className={SECONDARY}
                onClick={() => setMode("confirmDelete")}
                disabled={role.memberCount > 0}
                title={role.memberCount > 0 ? t("inUse", { count: role.memberCount }) : undefined}
              >
                {t("delete")}
              </button>
            </div>
          )}
        </div>
      )}
      <FormError message={error} />
    </li>
  );
}
