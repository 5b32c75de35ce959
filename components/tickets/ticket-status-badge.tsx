import { useTranslations } from "next-intl";
import type { TicketStatusValue as TicketStatus } from "@/lib/validation/ticket";

const TONE: Record<TicketStatus, string> = {
  OPEN: "bg-sky-50 text-sky-800 ring-sky-200",
  CLOSED: "bg-slate-100 text-slate-700 ring-slate-200",
};

/**
 * "Offen" / "Geschlossen" as a pill; the word carries the meaning, the colour only helps. Customers
 * read "Abgeschlossen", as everywhere else in their portal.
 */
export function TicketStatusBadge({ status, viewer = "staff" }: { status: TicketStatus; viewer?: "customer" | "staff" }) {
  const t = useTranslations(viewer === "customer" ? "ticketUi.customerStatuses" : "ticketUi.statuses");
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONE[status]}`}
      data-testid="ticket-status"
    >
      {t(status)}
    </span>
  );
}
