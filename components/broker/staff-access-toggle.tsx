"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { disableStaffAction } from "@/lib/actions/staff/disable-staff";
import { enableStaffAction } from "@/lib/actions/staff/enable-staff";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";

type Props = { userId: string; name: string; disabled: boolean };

const SECONDARY =
  "rounded-lg border border-slate-300 px-3 py-1 text-xs font-medium whitespace-nowrap text-slate-700 hover:bg-slate-50 disabled:opacity-60";

/** "Zugang sperren" (asks once more, since open sessions end at once) or "Zugang entsperren". */
export function StaffAccessToggle({ userId, name, disabled }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: Msg } | null>(null);

  function run(kind: "disable" | "enable") {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = kind === "disable" ? await disableStaffAction({ userId }) : await enableStaffAction({ userId });
        setConfirming(false);
        if (!result.ok) return setMessage({ ok: false, text: result.error });
        setMessage({
          ok: true,
          text: kind === "disable" ? "rights.staff.disabled" : { key: "rights.staff.enabled", values: { name } },
        });
        router.refresh();
      } catch {
        setMessage({ ok: false, text: "rights.staff.failed" });
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      {disabled ? (
        <button type="button" onClick={() => run("enable")} disabled={pending} className={SECONDARY}>
          {t("rights.staff.enable")}
        </button>
      ) : confirming ? (
        <div role="group" aria-label={t("rights.staff.disableConfirm", { name })} className="flex max-w-64 flex-col gap-1.5">
          <p className="text-xs">{t("rights.staff.disableConfirm", { name })}</p>
          <div className="flex gap-2">
            <ConfirmPair
              size="xs"
              confirmLabel={t("rights.staff.disableYes")}
              cancelLabel={t("rights.staff.cancel")}
              onConfirm={() => run("disable")}
              onCancel={() => setConfirming(false)}
              pending={pending}
            />
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={SECONDARY}>
          {t("rights.staff.disable")}
        </button>
      )}
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`max-w-64 rounded-md px-2 py-1 text-xs ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {translateMessage(t, message.text)}
        </p>
      )}
    </div>
  );
}
