import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TicketActionButton } from "@/components/broker/tickets/ticket-action-button";
import { TicketFacts } from "@/components/broker/tickets/ticket-facts";
import { TicketForwardPanel } from "@/components/broker/tickets/ticket-forward-panel";
import { NavBadgeUpdate } from "@/components/layout/fresh-badge";
import { TicketComposeForm } from "@/components/tickets/ticket-compose-form";
import { TicketKindLabel } from "@/components/tickets/ticket-kind-label";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";
import { PanelSection } from "@/components/ui/panel-section";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listTicketRecipients } from "@/lib/data/tickets/list-ticket-recipients";
import { markTicketRead } from "@/lib/data/tickets/mark-ticket-read";
import { TICKETS_HREF, ticketBadge } from "../ticket-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("brokerTickets"))("list.title") };
}

/** One ticket for the office: the whole history, reply or internal note, forward, close or reopen. */
export default async function BrokerTicketPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") notFound();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const ticket = await getTicketDetail(ctx, id);
  if (!ticket) notFound();
  // Opening the ticket is reading it; the badge is counted afterwards so the header drops it at once.
  await markTicketRead(ctx, ticket.id, ticket.seenUpTo);
  const [t, recipients, badge, maxUploadBytes] = await Promise.all([
    getTranslations("brokerTickets"),
    ticket.can.forward ? listTicketRecipients(ctx, ticket.customer.id) : [],
    ticketBadge(ctx),
    getUploadLimit(ctx),
  ]);
  const colleagues = recipients.filter((r) => r.id !== ticket.assignee?.id && r.id !== ctx.actor.id);
  return (
    <div className="space-y-6">
      <NavBadgeUpdate href={TICKETS_HREF} {...badge} />
      <Link href={TICKETS_HREF} className="text-brand-ink text-sm hover:underline">
        ← {t("detail.back")}
      </Link>
      <header className="space-y-2">
        <p className="text-sm text-slate-600 tabular-nums">{t("detail.number", { number: ticket.number })}</p>
        <h1 className="text-2xl font-semibold break-words">{ticket.subject}</h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <TicketStatusBadge status={ticket.status} />
          <TicketKindLabel kind={ticket.kind} />
        </div>
      </header>
      {/* Phones: facts, conversation, forwarding. Wide screens: conversation left, the rest beside it. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_auto_1fr] lg:items-start">
        <PanelSection id="facts-heading" title={t("detail.facts")} className="space-y-4 sm:p-5 lg:col-start-2 lg:row-start-1">
          <TicketFacts ticket={ticket} />
          {ticket.can.close && (
            <div className="space-y-2 border-t border-slate-200 pt-4">
              <TicketActionButton ticketId={ticket.id} action="close" />
              <p className="text-xs text-slate-600">{t("state.closeHint")}</p>
            </div>
          )}
          {ticket.can.reopen && (
            <div className="border-t border-slate-200 pt-4">
              <TicketActionButton ticketId={ticket.id} action="reopen" />
            </div>
          )}
        </PanelSection>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-span-3 lg:row-start-1">
          <PanelSection id="history-heading" title={t("detail.history")} className="sm:p-5" headingClassName="mb-4">
            <TicketTimeline entries={ticket.entries} viewer="staff" />
          </PanelSection>
          <PanelSection id="reply-heading" title={t("detail.reply")} className="sm:p-5" headingClassName="mb-4">
            {ticket.can.reply ? (
              <TicketComposeForm
                mode="reply"
                action={`/api/tickets/${ticket.id}/messages`}
                allowInternal={ticket.can.internalNote}
                allowAttachments={ticket.can.attach}
                maxUploadBytes={maxUploadBytes}
              />
            ) : (
              <p className="text-sm text-slate-600">
                {ticket.status === "CLOSED" ? t("detail.replyClosed") : t("detail.replyNotAllowed")}
              </p>
            )}
          </PanelSection>
        </div>
        {ticket.can.forward && (
          <div className="lg:col-start-2 lg:row-start-2">
            <TicketForwardPanel
              ticketId={ticket.id}
              colleagues={colleagues}
              canTakeIt={ticket.assignee?.id !== ctx.actor.id && recipients.some((r) => r.id === ctx.actor.id)}
            />
          </div>
        )}
      </div>
    </div>
  );
}
