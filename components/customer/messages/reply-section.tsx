import { useTranslations } from "next-intl";
import { TicketComposeForm } from "@/components/tickets/ticket-compose-form";
import type { TicketDetail } from "@/lib/data/tickets/types";

type Props = {
  ticketId: string;
  status: TicketDetail["status"];
  /** the data layer's verdict (WRITE release, own folder, record not restricted) */
  canReply: boolean;
  /** the customer's COMMUNICATION release is READ: explains why there is no form */
  readOnlyRelease: boolean;
  /** the data layer's verdict on files with the reply (TicketDetail.can.attach) */
  canAttach: boolean;
  /** the tenant's document size limit in bytes (getUploadLimit) */
  maxUploadBytes: number;
};

/**
 * Below the conversation: the reply form, or why there is none. A reply to a closed conversation
 * reopens it — said before the customer writes, so it is no surprise.
 */
export function ReplySection({ ticketId, status, canReply, readOnlyRelease, canAttach, maxUploadBytes }: Props) {
  const t = useTranslations("portalMessages.detail");
  const closed = status === "CLOSED";
  if (!canReply) {
    const reason = closed ? t("closed") : readOnlyRelease ? t("readOnly") : t("cannotReply");
    return (
      <p role="note" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700" data-testid="reply-unavailable">
        {reason}
      </p>
    );
  }
  return (
    <section
      aria-labelledby="reply-heading"
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5"
      data-testid="reply-section"
    >
      <h2 id="reply-heading" className="text-lg font-semibold">
        {t("reply")}
      </h2>
      {closed && (
        <p role="note" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("closedReply")}
        </p>
      )}
      <TicketComposeForm
        mode="reply"
        action={`/api/tickets/${ticketId}/messages`}
        allowAttachments={canAttach}
        maxUploadBytes={maxUploadBytes}
      />
    </section>
  );
}
