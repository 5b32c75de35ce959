import type { InvitationState } from "@/lib/data/invitations/get-invitation-states";

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Berlin" });

/** Portal access of one customer: not invited, invited (when), link expired, registered. */
export function InvitationStateBadge({ state }: { state: InvitationState }) {
  switch (state.status) {
    case "registered":
      return (
        <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs whitespace-nowrap text-emerald-800">registriert</span>
      );
    case "sent":
      return (
        <span
          className="rounded-full bg-blue-50 px-2 py-0.5 text-xs whitespace-nowrap text-blue-800"
          title={`Link gültig bis ${dateTime.format(state.expiresAt)}`}
        >
          eingeladen am {dateTime.format(state.sentAt)}
        </span>
      );
    case "expired":
      return (
        <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs whitespace-nowrap text-amber-800">
          Einladung abgelaufen
        </span>
      );
    case "none":
      return (
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs whitespace-nowrap text-slate-600">nicht eingeladen</span>
      );
  }
}
