import { useTranslations } from "next-intl";
import type { TicketKindValue as TicketKind } from "@/lib/validation/ticket";

/** What the ticket is about ("Schadenmeldung", "Änderungswunsch" …) as plain text; the caller styles it. */
export function TicketKindLabel({ kind }: { kind: TicketKind }) {
  const t = useTranslations("ticketUi.kinds");
  return <>{t(kind)}</>;
}
