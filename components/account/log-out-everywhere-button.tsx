"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { logOutEverywhereAction } from "@/lib/actions/account/log-out-everywhere";
import type { Msg } from "@/lib/i18n/message-key";
import { FormError } from "@/components/ui/form-error";

export function LogOutEverywhereButton() {
  const t = useTranslations("account.logOutEverywhere");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);

  async function onClick() {
    if (!window.confirm(t("confirm"))) return;
    setPending(true);
    setError(null);
    try {
      const result = await logOutEverywhereAction();
      if (!result.ok) {
        setError(result.error);
        setPending(false);
        return;
      }
      // The cookie here is already invalid; removing it sends the browser to the login page.
      await signOut({ callbackUrl: "/login" });
    } catch {
      setError("account.errors.tryAgain");
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? t("pending") : t("button")}
      </button>
      <FormError message={error} />
    </div>
  );
}
