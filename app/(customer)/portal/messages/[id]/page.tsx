import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackToMessages } from "@/components/customer/messages/back-to-messages";
import { ConversationHeader } from "@/components/customer/messages/conversation-header";
import { MessagesForeignFolder } from "@/components/customer/messages/messages-foreign-folder";
import { MessagesNotReleased } from "@/components/customer/messages/messages-not-released";
import { ReplySection } from "@/components/customer/messages/reply-section";
import { NavBadgeUpdate } from "@/components/layout/fresh-badge";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { markTicketRead } from "@/lib/data/tickets/mark-ticket-read";
import { ticketIdInput } from "@/lib/validation/ticket";
import { MESSAGES_HREF, messagesBadge } from "../messages-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portalMessages"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/**
 * One conversation: its facts, the public history (the data layer never hands internal notes to a
 * customer) and the reply form. Opening it marks it read (an idempotent upsert, like documents).
 * Unknown, foreign and invisible ids are "not found" alike.
 */
export default async function ConversationPage({ params }: Props) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const customerCtx = { ...ctx, actor: ctx.actor };
  if (ctx.actor.folderReadOnly) return <MessagesForeignFolder />;
  if (ctx.actor.releases.COMMUNICATION === "HIDDEN") return <MessagesNotReleased />;
  const { id } = await params;
  const parsed = ticketIdInput.safeParse({ ticketId: id });
  if (!parsed.success) notFound();
  const [detail, t, maxUploadBytes] = await Promise.all([
    getTicketDetail(customerCtx, parsed.data.ticketId),
    getTranslations("portalMessages"),
    getUploadLimit(ctx),
  ]);
  if (!detail) notFound();
  await markTicketRead(customerCtx, detail.id, detail.seenUpTo);
  // counted after marking, so the navigation (not rendered again on client navigation) drops it at once
  const badge = await messagesBadge(customerCtx);

  return (
    <div className="space-y-6">
      <NavBadgeUpdate href={MESSAGES_HREF} {...badge} />
      <BackToMessages />
      <ConversationHeader
        subject={detail.subject}
        number={detail.number}
        kind={detail.kind}
        status={detail.status}
        assignee={detail.assignee}
      />
      <section aria-labelledby="conversation-heading" className="space-y-3">
        <h2 id="conversation-heading" className="text-lg font-semibold">
          {t("detail.conversation")}
        </h2>
        <TicketTimeline entries={detail.entries} viewer="customer" />
      </section>
      <ReplySection
        ticketId={detail.id}
        status={detail.status}
        canReply={detail.can.reply}
        canAttach={detail.can.attach}
        readOnlyRelease={ctx.actor.releases.COMMUNICATION === "READ"}
        maxUploadBytes={maxUploadBytes}
      />
    </div>
  );
}
