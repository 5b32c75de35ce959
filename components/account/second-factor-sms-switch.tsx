"use client";

import { useState, useTransition } from "react";
import { setSmsSecondFactorAction } from "@/lib/actions/second-factor/set-sms-second-factor";
import type { SecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import { SecondFactorPasswordForm } from "./second-factor-password-form";

type Props = { sms: NonNullable<SecondFactorStatus["sms"]>; onChanged: (message: string) => void };

/** "Anmeldecode per SMS" for customers: on directly, off after re-entering the password. */
export function SecondFactorSmsSwitch({ sms, onChanged }: Props) {
  const [askPassword, setAskPassword] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function switchOn() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await setSmsSecondFactorAction({ enabled: true });
        if (result.ok) onChanged("Anmeldecodes per SMS sind eingeschaltet.");
        else setError(result.error);
      } catch {
        setError("Das hat nicht geklappt. Bitte versuchen Sie es erneut.");
      }
    });
  }

  return (
    <div>
      <h3 className="font-medium">Anmeldecode per SMS</h3>
      {!sms.offered ? (
        <p className="text-sm text-slate-700">Ihr Makler bietet Anmeldecodes per SMS nicht an.</p>
      ) : (
        <>
          <p data-testid="sms-status" className="text-sm text-slate-700">
            {sms.enabled ? "Eingeschaltet" : "Ausgeschaltet"}
            {sms.phoneHint
              ? ` · Codes gehen an Ihre Mobilnummer ${sms.phoneHint}.`
              : " · Keine bestätigte Mobilnummer hinterlegt."}
            {sms.effective && " Bei der Anmeldung erhalten Sie einen Code per SMS."}
          </p>
          {sms.toggleRefusal ? (
            <p className="mt-2 text-sm text-slate-600">{sms.toggleRefusal}</p>
          ) : askPassword ? (
            <SecondFactorPasswordForm
              id="sms-off-password"
              submitLabel="SMS-Codes ausschalten"
              danger
              run={(currentPassword) => setSmsSecondFactorAction({ enabled: false, currentPassword })}
              onCancel={() => setAskPassword(false)}
              onDone={() => {
                setAskPassword(false);
                onChanged("Anmeldecodes per SMS sind ausgeschaltet.");
              }}
            />
          ) : (
            <button
              type="button"
              disabled={pending}
              onClick={sms.enabled ? () => setAskPassword(true) : switchOn}
              className="mt-3 rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
            >
              {sms.enabled ? "SMS-Codes ausschalten" : pending ? "Wird gespeichert …" : "SMS-Codes einschalten"}
            </button>
          )}
          {error && (
            <p role="alert" className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          )}
        </>
      )}
    </div>
  );
}
