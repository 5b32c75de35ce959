import "server-only";
import { getTranslations } from "next-intl/server";
import type { BadgeCount } from "@/components/layout/fresh-badge";
import { now } from "../clock";
import type { RequestContext } from "../data/context/types";
import { countUnreadTickets } from "../data/tickets/count-unread-tickets";
import type { MessageKey } from "../i18n/message-key";
import { translateMessage } from "../i18n/translate-message";

/**
 * The unread number of a "Nachrichten" nav link (broker header, portal navigation) with its screen
 * reader text (`label`: a catalog key with {count}). The time is taken before counting so that a page
 * which counts after marking a ticket read (later stamp) wins over the layout of the same request
 * (useFreshBadge in components/layout/fresh-badge.tsx).
 */
export async function unreadTicketBadge(ctx: RequestContext, label: MessageKey): Promise<BadgeCount> {
  const at = now().getTime();
  const [count, t] = await Promise.all([countUnreadTickets(ctx), getTranslations()]);
  return { count, label: translateMessage(t, { key: label, values: { count } }), at };
}
