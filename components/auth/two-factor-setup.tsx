"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import { confirmTwoFactorSetup } from "@/lib/actions/two-factor/confirm-two-factor-setup";
import type { Msg } from "@/lib/i18n/message-key";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";

type Props = { qrDataUrl: string; secret: string; sealed: string };

/** QR code + manual key, code confirmation, then the recovery codes shown exactly once. */
export function TwoFactorSetup({ qrDataUrl, secret, sealed }: Props) {
  const t = useTranslations("account");
  const [code, setCode] = useState("");
  const [error, setError] = useState<Msg | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [pending, startTransition] = useTransition();

  if (recoveryCodes) {
    return (
      <div className="mt-6 space-y-4">
        <FormSuccess>{t("twoFactorSetup.done")}</FormSuccess>
        <div>
          <h2 className="font-semibold">{t("secondFactor.recoveryCodes.title")}</h2>
          <p className="text-sm text-slate-600">{t("secondFactor.recoveryCodes.intro")}</p>
          <ul data-testid="recovery-codes" className="mt-3 grid grid-cols-2 gap-2 font-mono text-sm">
            {recoveryCodes.map((c) => (
              <li key={c} className="rounded bg-slate-100 px-2 py-1 text-center">
                {c}
              </li>
            ))}
          </ul>
        </div>
        <Link href="/" className="bg-brand text-on-brand inline-block rounded-lg px-4 py-2.5 font-medium">
          {t("secondFactor.recoveryCodes.notedContinue")}
        </Link>
      </div>
    );
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    startTransition(async () => {
      try {
        const result = await confirmTwoFactorSetup({ sealed, code });
        if (result.ok) setRecoveryCodes(result.recoveryCodes);
        else setError(result.error);
      } catch {
        setError("account.errors.tryAgain");
      }
    });
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
        <img src={qrDataUrl} alt={t("secondFactor.setup.qrAlt")} width={180} height={180} className="rounded border" />
        <div className="text-sm">
          <p className="text-slate-600">{t("secondFactor.setup.manualKey")}</p>
          <p data-testid="totp-secret" className="mt-1 font-mono break-all">
            {secret.replace(/(.{4})/g, "$1 ").trim()}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor="totp-code" className="block text-sm font-medium">
          {t("secondFactor.setup.code")}
        </label>
        <input
          id="totp-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          className="mt-1 block w-40 rounded-lg border border-slate-300 px-3 py-2 tracking-widest"
        />
      </div>
      <FormError message={error} />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium disabled:opacity-60"
      >
        {pending ? t("actions.checking") : t("secondFactor.setup.submit")}
      </button>
    </form>
  );
}
