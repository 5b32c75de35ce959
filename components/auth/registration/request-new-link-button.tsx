"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { requestNewInvitationAction } from "@/lib/actions/invitations/request-new-invitation";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { FormError } from "@/components/ui/form-error";

/** "Neuen Link anfordern" on the expired page: notifies the broker (a POST, not the link's GET). */
export function RequestNewLinkButton({ token }: { token: string }) {
  const t = useTranslations("onboarding.requestLink");
  const tAll = useTranslations();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: Msg } | null>(null);

  function request() {
    startTransition(async () => {
      try {
        const result = await requestNewInvitationAction({ token });
        setMessage(result.ok ? { ok: true, text: result.data.message } : { ok: false, text: result.error });
      } catch {
        setMessage({ ok: false, text: "onboarding.requestLink.failed" });
      }
    });
  }

  if (message?.ok) {
    return (
      <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
        {translateMessage(tAll, message.text)}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={request}
        disabled={pending}
        className="bg-brand text-on-brand w-full rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
      >
        {pending ? t("pending") : t("submit")}
      </button>
      <FormError message={message?.text} />
    </div>
  );
}
