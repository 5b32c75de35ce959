"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { assignTicketToMeAction } from "@/app/(broker)/broker/tickets/actions/assign-ticket-to-me";
import { closeTicketAction } from "@/app/(broker)/broker/tickets/actions/close-ticket";
import { reopenTicketAction } from "@/app/(broker)/broker/tickets/actions/reopen-ticket";
import { FormError } from "@/components/ui/form-error";
import type { Msg } from "@/lib/i18n/message-key";

export type TicketButtonAction = "close" | "reopen" | "assignToMe";

const ACTIONS = { close: closeTicketAction, reopen: reopenTicketAction, assignToMe: assignTicketToMeAction };

const LABELS = {
  close: { label: "state.close", pending: "state.closing" },
  reopen: { label: "state.reopen", pending: "state.reopening" },
  assignToMe: { label: "forward.assignToMe", pending: "forward.assigning" },
} as const;

/**
 * One-click ticket actions without input (close, reopen, take it). Closing is not confirmed: it is
 * undone with "Wieder öffnen", and a customer's next message reopens the ticket anyway.
 */
export function TicketActionButton({
  ticketId,
  action,
  primary = false,
}: {
  ticketId: string;
  action: TicketButtonAction;
  primary?: boolean;
}) {
  const t = useTranslations("brokerTickets");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<Msg | null>(null);

  function run() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await ACTIONS[action](ticketId);
        // a button has no fields: a refusal tied to one (e.g. "not a valid assignee") is the message
        if (!result.ok) setError(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  const style = primary
    ? "bg-brand text-on-brand hover:opacity-90"
    : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <button
        type="button"
        onClick={run}
        disabled={pending}
        className={`w-full rounded-lg px-4 py-2.5 text-sm font-medium disabled:opacity-60 sm:w-auto ${style}`}
      >
        {pending ? t(LABELS[action].pending) : t(LABELS[action].label)}
      </button>
    </div>
  );
}
