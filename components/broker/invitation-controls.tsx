"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";

type Outcome = { ok: true } | { ok: false; error: Msg };

type Props = {
  sendLabel: string;
  sentText: Msg;
  canRevoke: boolean;
  send: () => Promise<Outcome>;
  revoke: () => Promise<Outcome>;
};

/** Send / re-send / revoke an invitation (customers and staff alike) with a short result message. */
export function InvitationControls({ sendLabel, sentText, canRevoke, send, revoke }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Kept as a Msg so the text follows a language switch.
  const [message, setMessage] = useState<{ ok: boolean; text: Msg } | null>(null);

  function run(kind: "send" | "revoke") {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = kind === "send" ? await send() : await revoke();
        if (!result.ok) return setMessage({ ok: false, text: result.error });
        setMessage({ ok: true, text: kind === "send" ? sentText : "broker.invitationControls.revoked" });
        router.refresh();
      } catch {
        setMessage({ ok: false, text: "broker.invitationControls.failed" });
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex gap-2">
        <button
          type="button"
          onClick={() => run("send")}
          disabled={pending}
          className="bg-brand text-on-brand rounded-lg px-3 py-1 text-xs font-medium whitespace-nowrap hover:opacity-90 disabled:opacity-60"
        >
          {sendLabel}
        </button>
        {canRevoke && (
          <button
            type="button"
            onClick={() => run("revoke")}
            disabled={pending}
            className="rounded-lg border border-slate-300 px-3 py-1 text-xs font-medium whitespace-nowrap text-slate-700 hover:bg-slate-50 disabled:opacity-60"
          >
            {t("broker.invitationControls.revoke")}
          </button>
        )}
      </div>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`max-w-64 rounded-md px-2 py-1 text-xs ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {translateMessage(t, message.text)}
        </p>
      )}
    </div>
  );
}
