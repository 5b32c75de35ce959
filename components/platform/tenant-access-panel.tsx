"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FormError } from "@/components/ui/form-error";
import { PanelSection } from "@/components/ui/panel-section";
import { reactivateTenantAction } from "@/lib/actions/platform/reactivate-tenant";
import { suspendTenantAction } from "@/lib/actions/platform/suspend-tenant";
import type { Msg } from "@/lib/i18n/message-key";
import { suspendTenantInput, type SuspendTenantInput } from "@/lib/validation/platform";
import { FieldShell, describedBy } from "@/components/ui/field-shell";

type Props = {
  tenantId: string;
  status: "ACTIVE" | "SUSPENDED";
  /** "Gesperrt seit …" and the reason, already in the reader's language */
  suspendedLines: string[];
};

/** "Mandant sperren" (reason, then an explicit confirmation) or "Mandant wieder freischalten". */
export function TenantAccessPanel({ tenantId, status, suspendedLines }: Props) {
  const t = useTranslations("platformAdmin.detail.status");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [confirming, setConfirming] = useState<SuspendTenantInput | null>(null);
  const [pending, setPending] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<SuspendTenantInput>({ resolver: zodResolver(suspendTenantInput), defaultValues: { tenantId, reason: "" } });

  async function run(action: () => Promise<{ ok: true } | { ok: false; error: Msg }>) {
    setPending(true);
    setError(null);
    try {
      const result = await action();
      if (!result.ok) return setError(result.error);
      setConfirming(null);
      reset({ tenantId, reason: "" });
      router.refresh();
    } catch {
      setError("platformAdmin.errors.unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <PanelSection id="tenant-access" title={t("title")} className="space-y-3 sm:p-5">
      <p className="text-sm" data-testid="tenant-access-state">
        {status === "ACTIVE" ? t("active") : t("suspended")}
      </p>
      {suspendedLines.map((line) => (
        <p key={line} className="text-sm break-words text-slate-600">
          {line}
        </p>
      ))}
      <FormError message={error} />
      {status === "SUSPENDED" ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => reactivateTenantAction({ tenantId }))}
          className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60"
        >
          {pending ? t("reactivating") : t("reactivate")}
        </button>
      ) : (
        <form onSubmit={handleSubmit((values) => setConfirming(values))} noValidate className="space-y-3">
          <FieldShell id="suspend-reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason?.message}>
            <textarea
              id="suspend-reason"
              rows={2}
              maxLength={500}
              disabled={confirming !== null}
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={describedBy("suspend-reason", errors.reason?.message, t("reasonHint"))}
              {...register("reason")}
            />
          </FieldShell>
          {confirming ? (
            <div role="alertdialog" aria-labelledby="suspend-question" className="space-y-2 rounded-lg bg-red-50 p-3">
              <p id="suspend-question" className="text-sm text-red-900">
                {t("confirmQuestion")}
              </p>
              <div className="flex flex-wrap gap-2">
                <ConfirmPair
                  confirmLabel={t("confirm")}
                  pendingLabel={t("suspending")}
                  cancelLabel={t("cancel")}
                  pending={pending}
                  onConfirm={() => run(() => suspendTenantAction(confirming))}
                  onCancel={() => setConfirming(null)}
                />
              </div>
            </div>
          ) : (
            <button
              type="submit"
              className="rounded-lg border border-red-300 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
            >
              {t("suspend")}
            </button>
          )}
        </form>
      )}
    </PanelSection>
  );
}
