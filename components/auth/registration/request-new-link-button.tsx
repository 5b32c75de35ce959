"use client";

import { useState, useTransition } from "react";
import { requestNewInvitationAction } from "@/lib/actions/invitations/request-new-invitation";

/** "Neuen Link anfordern" on the expired page: notifies the broker (a POST, not the link's GET). */
export function RequestNewLinkButton({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function request() {
    startTransition(async () => {
      try {
        const result = await requestNewInvitationAction({ token });
        setMessage(result.ok ? { ok: true, text: result.data.message } : { ok: false, text: result.error });
      } catch {
        setMessage({ ok: false, text: "Die Anfrage konnte nicht gesendet werden. Bitte versuchen Sie es erneut." });
      }
    });
  }

  if (message?.ok) {
    return (
      <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
        {message.text}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={request}
        disabled={pending}
        className="bg-brand w-full rounded-lg px-4 py-2.5 font-medium text-white hover:opacity-90 disabled:opacity-60"
      >
        {pending ? "Wird angefordert …" : "Neuen Link anfordern"}
      </button>
      {message && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {message.text}
        </p>
      )}
    </div>
  );
}
