import { useTranslations } from "next-intl";
import { PanelSection } from "@/components/ui/panel-section";
import type { TicketRecipient } from "@/lib/data/tickets/types";
import { TicketActionButton } from "./ticket-action-button";
import { TicketForwardForm } from "./ticket-forward-form";

type Props = {
  ticketId: string;
  /** colleagues who may see the customer, without the viewer and the current assignee */
  colleagues: TicketRecipient[];
  /** the viewer does not have the ticket yet and may take it (sees the customer) */
  canTakeIt: boolean;
};

/** myDIVERSO's "an einen anderen Mitarbeiter weiterleiten", plus taking the ticket oneself. */
export function TicketForwardPanel({ ticketId, colleagues, canTakeIt }: Props) {
  const t = useTranslations("brokerTickets.forward");
  return (
    <PanelSection id="forward-heading" title={t("title")} className="space-y-4 sm:p-5">
      {canTakeIt && (
        <div className="space-y-2 border-b border-slate-200 pb-4">
          <p className="text-sm text-slate-600">{t("assignToMeHint")}</p>
          <TicketActionButton ticketId={ticketId} action="assignToMe" />
        </div>
      )}
      {colleagues.length > 0 ? (
        <TicketForwardForm ticketId={ticketId} colleagues={colleagues} />
      ) : (
        <p className="text-sm text-slate-600">{t("noColleagues")}</p>
      )}
    </PanelSection>
  );
}
