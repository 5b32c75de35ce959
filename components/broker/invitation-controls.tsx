"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type Outcome = { ok: true } | { ok: false; error: string };

type Props = {
  sendLabel: string;
  sentText: string;
  canRevoke: boolean;
  send: () => Promise<Outcome>;
  revoke: () => Promise<Outcome>;
};

/** Send / re-send / revoke an invitation (customers and staff alike) with a short result message. */
export function InvitationControls({ sendLabel, sentText, canRevoke, send, revoke }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run(kind: "send" | "revoke") {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = kind === "send" ? await send() : await revoke();
        if (!result.ok) return setMessage({ ok: false, text: result.error });
        setMessage({ ok: true, text: kind === "send" ? sentText : "Die Einladung wurde widerrufen." });
        router.refresh();
      } catch {
        setMessage({ ok: false, text: "Das hat nicht geklappt. Bitte versuchen Sie es erneut." });
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
          className="bg-brand rounded-lg px-3 py-1 text-xs font-medium whitespace-nowrap text-white hover:opacity-90 disabled:opacity-60"
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
            Widerrufen
          </button>
        )}
      </div>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`max-w-64 rounded-md px-2 py-1 text-xs ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
