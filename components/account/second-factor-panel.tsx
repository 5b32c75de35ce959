"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { disableTotpAction } from "@/lib/actions/second-factor/disable-totp";
import { regenerateRecoveryCodesAction } from "@/lib/actions/second-factor/regenerate-recovery-codes";
import type { SecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import { SecondFactorPasswordForm } from "./second-factor-password-form";
import { SecondFactorRecoveryCodes } from "./second-factor-recovery-codes";
import { SecondFactorSmsSwitch } from "./second-factor-sms-switch";
import { SecondFactorTotpSetup } from "./second-factor-totp-setup";

type Mode = "idle" | "setup" | "regenerate" | "disable";

const dateFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "long" });

/** Status and controls of the second factor; every change goes through a server action, then a refresh. */
export function SecondFactorPanel({ status }: { status: SecondFactorStatus }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function finished(message: string, recoveryCodes?: string[]) {
    setMode("idle");
    setNotice(message);
    setCodes(recoveryCodes ?? null);
    router.refresh();
  }

  if (codes) {
    return (
      <div className="space-y-3">
        {notice && (
          <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {notice}
          </p>
        )}
        <SecondFactorRecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      </div>
    );
  }

  const active = status.totpEnabledAt !== null;
  return (
    <div className="space-y-5">
      {notice && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </p>
      )}
      <div>
        <h3 className="font-medium">Authenticator-App</h3>
        <p data-testid="totp-status" className="text-sm text-slate-700">
          {active
            ? `Aktiv seit ${dateFormat.format(new Date(status.totpEnabledAt!))}. Unbenutzte Wiederherstellungscodes: ${status.unusedRecoveryCodes} von 10.`
            : "Nicht eingerichtet."}
        </p>
        {mode === "idle" && (
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => setMode("setup")}
              className="bg-brand rounded-lg px-4 py-2 text-sm font-medium text-white"
            >
              {active ? "Neue Authenticator-App einrichten" : "Authenticator-App einrichten"}
            </button>
            {active && (
              <button
                type="button"
                onClick={() => setMode("regenerate")}
                className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50"
              >
                Neue Wiederherstellungscodes erzeugen
              </button>
            )}
            {active && !status.disableRefusal && (
              <button
                type="button"
                onClick={() => setMode("disable")}
                className="rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
              >
                Authenticator-App abschalten
              </button>
            )}
          </div>
        )}
        {mode === "idle" && active && status.disableRefusal && (
          <p className="mt-2 text-sm text-slate-600">{status.disableRefusal}</p>
        )}
        {mode === "setup" && (
          <SecondFactorTotpSetup
            onCancel={() => setMode("idle")}
            onDone={(recoveryCodes) => finished("Die Authenticator-App ist eingerichtet.", recoveryCodes)}
          />
        )}
        {mode === "regenerate" && (
          <SecondFactorPasswordForm
            id="regenerate-password"
            submitLabel="Neue Codes erzeugen"
            run={(currentPassword) => regenerateRecoveryCodesAction({ currentPassword })}
            onCancel={() => setMode("idle")}
            onDone={(data) => finished("Neue Wiederherstellungscodes wurden erzeugt.", data.recoveryCodes)}
          />
        )}
        {mode === "disable" && (
          <SecondFactorPasswordForm
            id="disable-totp-password"
            submitLabel="Endgültig abschalten"
            danger
            run={(currentPassword) => disableTotpAction({ currentPassword })}
            onCancel={() => setMode("idle")}
            onDone={() => finished("Die Anmeldung per Authenticator-App ist abgeschaltet.")}
          />
        )}
      </div>
      {status.sms && <SecondFactorSmsSwitch sms={status.sms} onChanged={(message) => finished(message)} />}
    </div>
  );
}
