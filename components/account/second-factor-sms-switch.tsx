"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setSmsSecondFactorAction } from "@/lib/actions/second-factor/set-sms-second-factor";
import type { SecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import type { MessageKey, Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { FormError } from "@/components/ui/form-error";
import { SecondFactorPasswordForm } from "./second-factor-password-form";

type Props = { sms: NonNullable<SecondFactorStatus["sms"]>; onChanged: (message: MessageKey) => void };

/** "Anmeldecode per SMS" for customers: on directly, off after re-entering the password. */
export function SecondFactorSmsSwitch({ sms, onChanged }: Props) {
  const t = useTranslations("account");
  const tAll = useTranslations();
  const [askPassword, setAskPassword] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();

  function switchOn() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await setSmsSecondFactorAction({ enabled: true });
        if (result.ok) onChanged("account.secondFactor.sms.turnedOn");
        else setError(result.error);
      } catch {
        setError("account.errors.tryAgain");
      }
    });
  }

  return (
    <div>
      <h3 className="font-medium">{t("secondFactor.sms.title")}</h3>
      {!sms.offered ? (
        <p className="text-sm text-slate-700">{t("secondFactor.refusals.smsNotOffered")}</p>
      ) : (
        <>
          <p data-testid="sms-status" className="text-sm text-slate-700">
            {sms.enabled ? t("secondFactor.sms.on") : t("secondFactor.sms.off")}
            {" · "}
            {sms.phoneHint ? t("secondFactor.sms.phoneHint", { hint: sms.phoneHint }) : t("secondFactor.sms.noPhone")}
            {sms.effective && ` ${t("secondFactor.sms.effective")}`}
          </p>
          {sms.toggleRefusal ? (
            <p className="mt-2 text-sm text-slate-600">{translateMessage(tAll, sms.toggleRefusal)}</p>
          ) : askPassword ? (
            <SecondFactorPasswordForm
              id="sms-off-password"
              submitLabel={t("secondFactor.sms.turnOff")}
              danger
              run={(currentPassword) => setSmsSecondFactorAction({ enabled: false, currentPassword })}
              onCancel={() => setAskPassword(false)}
              onDone={() => {
                setAskPassword(false);
                onChanged("account.secondFactor.sms.turnedOff");
              }}
            />
          ) : (
            <button
              type="button"
              disabled={pending}
              onClick={sms.enabled ? () => setAskPassword(true) : switchOn}
              className="mt-3 rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
            >
              {sms.enabled ? t("secondFactor.sms.turnOff") : pending ? t("actions.saving") : t("secondFactor.sms.turnOn")}
            </button>
          )}
          {error && (
            <div className="mt-2">
              <FormError message={error} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
