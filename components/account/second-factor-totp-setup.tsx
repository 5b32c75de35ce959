"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { confirmTotpSetupAction } from "@/lib/actions/second-factor/confirm-totp-setup";
import { startTotpSetupAction } from "@/lib/actions/second-factor/start-totp-setup";
import type { TotpSetupOffer } from "@/lib/data/second-factor/start-totp-setup";
import type { Msg } from "@/lib/i18n/message-key";
import { FormError } from "@/components/ui/form-error";

type Props = { onDone: (recoveryCodes: string[]) => void; onCancel: () => void };

/**
 * Authenticator setup from the security page: QR code + manual key, first code (and the password
 * when an active app is replaced). Sibling of components/auth/two-factor-setup.tsx, which serves the
 * forced staff enrolment before a full session exists.
 */
export function SecondFactorTotpSetup({ onDone, onCancel }: Props) {
  const t = useTranslations("account");
  const [offer, setOffer] = useState<TotpSetupOffer | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    startTotpSetupAction()
      .then((result) => {
        if (!live) return;
        if (result.ok) setOffer(result.data);
        else setError(result.error);
      })
      .catch(() => live && setError("account.secondFactor.setup.startFailed"));
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
        setError("account.errors.tryAgain");
      }
    });
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-4" noValidate>
      {!offer && !error && <p className="text-sm text-slate-600">{t("secondFactor.setup.creating")}</p>}
      {offer && (
        <>
          <p className="text-sm text-slate-600">
            {t("secondFactor.setup.scan")}
            {offer.replacesActive && ` ${t("secondFactor.setup.replaces")}`}
          </p>
          <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
            <img src={offer.qrDataUrl} alt={t("secondFactor.setup.qrAlt")} width={180} height={180} className="rounded border" />
            <div className="text-sm">
              <p className="text-slate-600">{t("secondFactor.setup.manualKey")}</p>
              <p data-testid="totp-secret" className="mt-1 font-mono break-all">
                {offer.secret.replace(/(.{4})/g, "$1 ").trim()}
              </p>
            </div>
          </div>
          <div>
            <label htmlFor="settings-totp-code" className="block text-sm font-medium">
              {t("secondFactor.setup.code")}
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
                {t("password.current")}
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
            className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium disabled:opacity-60"
          >
            {pending ? t("actions.checking") : t("secondFactor.setup.submit")}
          </button>
        )}
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2 text-sm text-slate-700 hover:bg-slate-100">
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
