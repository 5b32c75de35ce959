"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { disableTotpAction } from "@/lib/actions/second-factor/disable-totp";
import { regenerateRecoveryCodesAction } from "@/lib/actions/second-factor/regenerate-recovery-codes";
import type { SecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import type { MessageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { SecondFactorPasswordForm } from "./second-factor-password-form";
import { SecondFactorRecoveryCodes } from "./second-factor-recovery-codes";
import { SecondFactorSmsSwitch } from "./second-factor-sms-switch";
import { SecondFactorTotpSetup } from "./second-factor-totp-setup";
import { FormSuccess } from "@/components/ui/form-success";

type Mode = "idle" | "setup" | "regenerate" | "disable";

/** Status and controls of the second factor; every change goes through a server action, then a refresh. */
export function SecondFactorPanel({ status }: { status: SecondFactorStatus }) {
  const t = useTranslations("account.secondFactor.totp");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);

  function finished(message: MessageKey, recoveryCodes?: string[]) {
    setMode("idle");
    setNotice(message);
    setCodes(recoveryCodes ?? null);
    router.refresh();
  }

  const noticeBox = notice && <FormSuccess>{translateMessage(tAll, notice)}</FormSuccess>;

  if (codes) {
    return (
      <div className="space-y-3">
        {noticeBox}
        <SecondFactorRecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      </div>
    );
  }

  const active = status.totpEnabledAt !== null;
  return (
    <div className="space-y-5">
      {noticeBox}
      <div>
        <h3 className="font-medium">{t("title")}</h3>
        <p data-testid="totp-status" className="text-sm text-slate-700">
          {active
            ? t("active", {
                since: format.dateTime(new Date(status.totpEnabledAt!), { dateStyle: "long" }),
                unused: status.unusedRecoveryCodes,
              })
            : t("notSetUp")}
        </p>
        {mode === "idle" && (
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => setMode("setup")}
              className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium"
            >
              {active ? t("setUpNew") : t("setUp")}
            </button>
            {active && (
              <button
                type="button"
                onClick={() => setMode("regenerate")}
                className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50"
              >
                {t("regenerate")}
              </button>
            )}
            {active && !status.disableRefusal && (
              <button
                type="button"
                onClick={() => setMode("disable")}
                className="rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
              >
                {t("disable")}
              </button>
            )}
          </div>
        )}
        {mode === "idle" && active && status.disableRefusal && (
          <p className="mt-2 text-sm text-slate-600">{translateMessage(tAll, status.disableRefusal)}</p>
        )}
        {mode === "setup" && (
          <SecondFactorTotpSetup
            onCancel={() => setMode("idle")}
            onDone={(recoveryCodes) => finished("account.secondFactor.totp.setUpDone", recoveryCodes)}
          />
        )}
        {mode === "regenerate" && (
          <SecondFactorPasswordForm
            id="regenerate-password"
            submitLabel={t("regenerateSubmit")}
            run={(currentPassword) => regenerateRecoveryCodesAction({ currentPassword })}
            onCancel={() => setMode("idle")}
            onDone={(data) => finished("account.secondFactor.totp.regenerated", data.recoveryCodes)}
          />
        )}
        {mode === "disable" && (
          <SecondFactorPasswordForm
            id="disable-totp-password"
            submitLabel={t("disableSubmit")}
            danger
            run={(currentPassword) => disableTotpAction({ currentPassword })}
            onCancel={() => setMode("idle")}
            onDone={() => finished("account.secondFactor.totp.disabled")}
          />
        )}
      </div>
      {status.sms && <SecondFactorSmsSwitch sms={status.sms} onChanged={(message) => finished(message)} />}
    </div>
  );
}
