"use client";

import { useEffect, useState, useTransition } from "react";
import { confirmTotpSetupAction } from "@/lib/actions/second-factor/confirm-totp-setup";
import { startTotpSetupAction } from "@/lib/actions/second-factor/start-totp-setup";
import type { TotpSetupOffer } from "@/lib/data/second-factor/start-totp-setup";
import { FormError } from "@/components/ui/form-error";

type Props = { onDone: (recoveryCodes: string[]) => void; onCancel: () => void };

/**
 * Authenticator setup from the security page: QR code + manual key, first code (and the password
 * when an active app is replaced). Sibling of components/auth/two-factor-setup.tsx, which serves the
 * forced staff enrolment before a full session exists.
 */
export function SecondFactorTotpSetup({ onDone, onCancel }: Props) {
  const [offer, setOffer] = useState<TotpSetupOffer | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    startTotpSetupAction()
      .then((result) => {
        if (!live) return;
        if (result.ok) setOffer(result.data);
        else setError(result.error);
      })
      .catch(() => live && setError("Die Einrichtung konnte nicht gestartet werden. Bitte laden Sie die Seite neu."));
    return () => {
      live = false;
    };
  }, []);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!offer) return;
    setError(null);
    startTransition(async () => {
      try {
        const result = await confirmTotpSetupAction({
          sealed: offer.sealed,
          code,
          ...(offer.replacesActive ? { currentPassword: password } : {}),
        });
        if (result.ok) onDone(result.data.recoveryCodes);
        else setError(result.error);
      } catch {
        setError("Das hat nicht geklappt. Bitte versuchen Sie es erneut.");
      }
    });
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-4" noValidate>
      {!offer && !error && <p className="text-sm text-slate-600">QR-Code wird erstellt …</p>}
      {offer && (
        <>
          <p className="text-sm text-slate-600">
            Scannen Sie den QR-Code mit einer Authenticator-App (z. B. Google Authenticator, Microsoft Authenticator oder FreeOTP)
            und geben Sie den angezeigten Code ein.
            {offer.replacesActive && " Die bisherige App und Ihre alten Wiederherstellungscodes gelten danach nicht mehr."}
          </p>
          <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
            <img
              src={offer.qrDataUrl}
              alt="QR-Code für die Authenticator-App"
              width={180}
              height={180}
              className="rounded border"
            />
            <div className="text-sm">
              <p className="text-slate-600">QR-Code lässt sich nicht scannen? Geben Sie diesen Schlüssel von Hand ein:</p>
              <p data-testid="totp-secret" className="mt-1 font-mono break-all">
                {offer.secret.replace(/(.{4})/g, "$1 ").trim()}
              </p>
            </div>
          </div>
          <div>
            <label htmlFor="settings-totp-code" className="block text-sm font-medium">
              6-stelliger Code aus der App
            </label>
            <input
              id="settings-totp-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              className="mt-1 block w-40 rounded-lg border border-slate-300 px-3 py-2 tracking-widest"
            />
          </div>
          {offer.replacesActive && (
            <div>
              <label htmlFor="settings-totp-password" className="block text-sm font-medium">
                Aktuelles Passwort
              </label>
              <input
                id="settings-totp-password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                className="mt-1 block w-full max-w-sm rounded-lg border border-slate-300 px-3 py-2"
              />
            </div>
          )}
        </>
      )}
      <FormError message={error} />
      <div className="flex gap-2">
        {offer && (
          <button
            type="submit"
            disabled={pending}
            className="bg-brand rounded-lg px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {pending ? "Wird geprüft …" : "Einrichtung abschließen"}
          </button>
        )}
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2 text-sm text-slate-700 hover:bg-slate-100">
          Abbrechen
        </button>
      </div>
    </form>
  );
}
