"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { applyChangeRequestAction } from "@/lib/actions/change-requests/apply-change-request";
import { rejectChangeRequestAction } from "@/lib/actions/change-requests/reject-change-request";
import type { Msg } from "@/lib/i18n/message-key";
import { rejectChangeRequestInput } from "@/lib/validation/change-request";

/** "Übernehmen" applies at once; "Ablehnen" opens a required reason the customer will read. */
export function ReviewPanel({ id }: { id: string }) {
  const t = useTranslations("changeRequests.review");
  const router = useRouter();
  const [busy, setBusy] = useState<"apply" | "reject" | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<Msg | null>(null);
  const [reasonError, setReasonError] = useState<Msg | null>(null);

  async function run(
    kind: "apply" | "reject",
    work: () => Promise<{ ok: boolean; error?: Msg; fieldErrors?: Record<string, Msg> }>,
  ) {
    setBusy(kind);
    setError(null);
    setReasonError(null);
    try {
      const result = await work();
      if (!result.ok) {
        if (result.fieldErrors?.reason) setReasonError(result.fieldErrors.reason);
        else setError(result.error ?? "common.errors.unexpected");
        return;
      }
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setBusy(null);
    }
  }

  function onReject(event: FormEvent) {
    event.preventDefault();
    const parsed = rejectChangeRequestInput.safeParse({ reason });
    if (!parsed.success) {
      setReasonError(parsed.error.issues[0]?.message as Msg);
      return;
    }
    void run("reject", () => rejectChangeRequestAction(id, { reason }));
  }

  const primary = "bg-brand rounded-lg px-4 py-2.5 font-medium text-on-brand hover:opacity-90 disabled:opacity-60";
  const secondary =
    "rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";
  return (
    <div className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
      <p className="text-sm text-slate-700">{t("applyHint")}</p>
      <FormError message={error} />
      {!rejecting ? (
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            className={primary}
            disabled={busy !== null}
            onClick={() => void run("apply", () => applyChangeRequestAction(id))}
          >
            {busy === "apply" ? t("applying") : t("apply")}
          </button>
          <button type="button" className={secondary} disabled={busy !== null} onClick={() => setRejecting(true)}>
            {t("reject")}
          </button>
        </div>
      ) : (
        <form onSubmit={onReject} noValidate className="space-y-3">
          <FieldShell id="cr-reason" label={t("reason")} hint={t("reasonHint")} error={reasonError}>
            <textarea
              id="cr-reason"
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={describedBy("cr-reason", reasonError, t("reasonHint"))}
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
            />
          </FieldShell>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={primary} disabled={busy !== null}>
              {busy === "reject" ? t("rejecting") : t("reject")}
            </button>
            <button type="button" className={secondary} disabled={busy !== null} onClick={() => setRejecting(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
