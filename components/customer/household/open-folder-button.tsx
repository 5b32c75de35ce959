"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { switchFolderAction } from "@/lib/actions/household/switch-folder";
import type { Msg } from "@/lib/i18n/message-key";

/** "Ordner öffnen": the server checks the consent again and then shows the folder's start page. */
export function OpenFolderButton({ customerId, name }: { customerId: string; name: string }) {
  const t = useTranslations("notifications.household");
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();

  function open() {
    setError(null);
    startTransition(async () => {
      try {
        // on success the action redirects to /portal; only a refusal comes back
        const result = await switchFolderAction(customerId);
        if (result && !result.ok) setError(result.error);
      } catch (e) {
        // Next's redirect travels as an error the framework handles; anything else is a failure
        if (e && typeof e === "object" && "digest" in e && String(e.digest).startsWith("NEXT_REDIRECT")) throw e;
        setError("notifications.errors.tryAgain");
      }
    });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={open}
        disabled={pending}
        aria-label={`${t("open")}: ${name}`}
        className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90 disabled:opacity-60"
      >
        {pending ? t("opening") : t("open")}
      </button>
      <FormError message={error} />
    </div>
  );
}
