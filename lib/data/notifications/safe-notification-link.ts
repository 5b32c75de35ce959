import type { RequestContext } from "../context/types";

type ActorKind = RequestContext["actor"]["kind"];

// Each kind of account has one area of this host it may be sent to: a staff member's notification
// must never lead into the customer portal and a customer's never into the broker workspace.
const AREA: Record<ActorKind, RegExp> = {
  STAFF: /^\/broker(?:[/?#]|$)/,
  CUSTOMER: /^\/portal(?:[/?#]|$)/,
};

/**
 * Where a click on a notification may go: only paths inside the reader's own area of this host
 * (staff: "/broker", "/broker/..."; customers: "/portal", "/portal/..."), never another site
 * ("//evil.example", "https://…") or "/portal\\…" tricks. Anything else: null (nothing to open).
 */
export function safeNotificationLink(kind: ActorKind, link: string | null | undefined): string | null {
  if (!link) return null;
  if (!AREA[kind].test(link)) return null;
  if (link.includes("\\") || link.includes("//") || /[\u0000-\u001f\u007f]/.test(link)) return null;
  return link;
}
