"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import { sendInvitationAction } from "@/lib/actions/invitations/send-invitation";

type Props = { customerId: string; customerName: string; status: "none" | "sent" | "expired" };

/** "Einladen" / "Erneut einladen" (and "Widerrufen" for an open invitation) with a short result message. */
export function InviteButton({ customerId, customerName, status }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run(kind: "send" | "revoke") {
    setMessage(null);
    startTransition(async () => {
      try {
        const result =
          kind === "send" ? await sendInvitationAction({ customerId }) : await revokeInvitationAction({ customerId });
        if (!result.ok) return setMessage({ ok: false, text: result.error });
        setMessage({
          ok: true,
          text: kind === "send" ? `Einladung an ${customerName} wurde versendet.` : "Die Einladung wurde widerrufen.",
        });
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
          {status === "none" ? "Einladen" : "Erneut einladen"}
        </button>
        {status === "sent" && (
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
