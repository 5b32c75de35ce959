import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TicketAttachment, TicketTimelineEntry } from "@/lib/data/tickets/types";
import { formatBytes } from "@/lib/i18n/format";
import { MessageText } from "./message-text";

type Viewer = "customer" | "staff";
type MessageEntry = Extract<TicketTimelineEntry, { type: "message" }>;
type EventEntry = Extract<TicketTimelineEntry, { type: "event" }>;

// 26.11.2026, 09:14 — the full year: conversations are kept for years
const WHEN = { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" } as const;

/**
 * The conversation and history of one ticket, oldest first: messages as bubbles (the viewer's own side
 * on the right), internal notes in amber for staff, attachments as download links, and forwards,
 * closing and reopening as small centred lines. Customers never get internal entries from the data
 * layer; they are left out here as well.
 */
export function TicketTimeline({ entries, viewer }: { entries: TicketTimelineEntry[]; viewer: Viewer }) {
  const t = useTranslations("ticketUi.timeline");
  const visible = entries.filter(
    (e) => !(e.type === "message" && e.internal && viewer !== "staff") && !(e.type === "event" && e.event === "REPLIED"),
  );
  if (visible.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol aria-label={t("label")} className="space-y-4" data-testid="ticket-timeline">
      {visible.map((e) =>
        e.type === "message" ? (
          <MessageBubble key={e.id} entry={e} viewer={viewer} />
        ) : (
          <EventLine key={e.id} entry={e} viewer={viewer} />
        ),
      )}
    </ol>
  );
}

function MessageBubble({ entry, viewer }: { entry: MessageEntry; viewer: Viewer }) {
  const t = useTranslations("ticketUi.timeline");
  const format = useFormatter();
  const author = entry.author;
  // the viewer's side of the conversation (customer or office) sits on the right, like in a messenger
  const ownSide = author ? author.isStaff === (viewer === "staff") : false;
  const name = !author ? t("unknownAuthor") : author.isMe ? t("you") : author.name;
  const tone = entry.internal
    ? "border-amber-300 bg-amber-50"
    : ownSide
      ? "border-brand/30 bg-brand/10"
      : "border-slate-200 bg-white";
  return (
    <li className={`flex ${ownSide ? "justify-end" : "justify-start"}`} data-testid="ticket-message">
      <article className={`w-full max-w-[min(100%,42rem)] rounded-2xl border p-3 sm:w-auto sm:min-w-64 sm:p-4 ${tone}`}>
        {entry.internal && (
          <p
            className="mb-2 inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
            data-testid="ticket-internal-note"
          >
            <svg aria-hidden viewBox="0 0 20 20" className="h-3.5 w-3.5 fill-current">
              <path d="M10 2a4 4 0 0 0-4 4v2H5a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1h-1V6a4 4 0 0 0-4-4Zm-2 6V6a2 2 0 1 1 4 0v2H8Z" />
            </svg>
            {t("internalNote")}
          </p>
        )}
        <header className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
          <span className="font-semibold text-slate-900">{name}</span>
          <time dateTime={entry.at.toISOString()} className="text-slate-600 tabular-nums">
            {format.dateTime(entry.at, WHEN)}
          </time>
        </header>
        <div className="mt-2 text-slate-900">
          <MessageText text={entry.body} />
        </div>
        {entry.attachments.length > 0 && <Attachments files={entry.attachments} />}
      </article>
    </li>
  );
}

function Attachments({ files }: { files: TicketAttachment[] }) {
  const t = useTranslations("ticketUi.attachments");
  const locale = useLocale();
  return (
    <div className="mt-3 border-t border-slate-200/70 pt-2">
      <p className="text-xs font-medium text-slate-600">{t("heading")}</p>
      <ul className="mt-1 space-y-1">
        {files.map((f) => (
          <li key={f.id}>
            <a
              href={`/api/documents/${f.id}/download`}
              className="text-brand-ink inline-flex max-w-full items-start gap-1.5 text-sm font-medium underline-offset-4 hover:underline"
              data-testid="ticket-attachment"
            >
              <svg aria-hidden viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0 fill-current">
                <path d="M13.5 3a3.5 3.5 0 0 0-2.47 1.03L4.6 10.44a5 5 0 0 0 7.07 7.07l5.3-5.3-1.41-1.41-5.3 5.3a3 3 0 0 1-4.25-4.25l6.43-6.43a1.5 1.5 0 1 1 2.12 2.12l-6.07 6.07a.5.5 0 1 1-.7-.7l5.3-5.3-1.42-1.42-5.3 5.3a2.5 2.5 0 0 0 3.54 3.54l6.07-6.07A3.5 3.5 0 0 0 13.5 3Z" />
              </svg>
              <span className="[overflow-wrap:anywhere]">{f.fileName}</span>
              <span className="shrink-0 font-normal text-slate-600 tabular-nums">({formatBytes(f.sizeBytes, locale)})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EventLine({ entry, viewer }: { entry: EventEntry; viewer: Viewer }) {
  const t = useTranslations("ticketUi.events");
  // customers read "conversation" / "abgeschlossen" where the office reads its own terms
  const tCustomer = useTranslations("ticketUi.customerEvents");
  const format = useFormatter();
  const actor = entry.actorName;
  let text: string;
  switch (entry.event) {
    case "CREATED":
    case "CLOSED":
    case "REOPENED": {
      const tr = viewer === "customer" ? tCustomer : t;
      text = actor ? tr(entry.event, { actor }) : tr(`anonymous.${entry.event}`);
      break;
    }
    case "ASSIGNED":
    case "FORWARDED": {
      // "jemandem zugewiesen" (dative) but "an jemanden weitergeleitet" (accusative)
      const to = entry.to ?? t(`someone.${entry.event}`);
      text = actor ? t(entry.event, { actor, to }) : t(`anonymous.${entry.event}`, { to });
      break;
    }
    case "REPLIED":
      return null; // the message itself is in the timeline
    default: {
      const unknown: never = entry.event;
      return unknown;
    }
  }
  return (
    <li className="flex justify-center" data-testid="ticket-event">
      <p className="max-w-full rounded-xl bg-slate-100 px-3 py-1 text-center text-xs text-slate-700">
        {text}
        <span aria-hidden> · </span>
        <span className="sr-only">, </span>
        <time dateTime={entry.at.toISOString()} className="tabular-nums">
          {format.dateTime(entry.at, WHEN)}
        </time>
      </p>
    </li>
  );
}
