import "server-only";
import type { Prisma, TicketEventType } from "../../db/generated/client";
import type { TicketAttachment, TicketTimelineEntry } from "./types";

/** Events a customer's timeline shows; forwards and assignments are office-internal. */
export const CUSTOMER_EVENT_TYPES: TicketEventType[] = ["CREATED", "CLOSED", "REOPENED"];

type Person = { name: string; isStaff: boolean };
type MessageRow = { id: string; authorId: string | null; body: string; isInternal: boolean; createdAt: Date };
type EventRow = { id: string; actorId: string | null; type: TicketEventType; data: Prisma.JsonValue; createdAt: Date };

/** User ids an event names in its data: FORWARDED {fromId, toId}, ASSIGNED {assigneeId} (or {fromId, toId}). */
export function eventPeople(e: Pick<EventRow, "type" | "data">): { fromId: string | null; toId: string | null } {
  if (e.type !== "FORWARDED" && e.type !== "ASSIGNED") return { fromId: null, toId: null };
  const data = e.data && typeof e.data === "object" && !Array.isArray(e.data) ? e.data : {};
  const id = (v: unknown) => (typeof v === "string" ? v : null);
  return { fromId: id(data.fromId), toId: id(data.toId) ?? id(data.assigneeId) };
}

/**
 * Where an entry goes among rows written in the same transaction (they share their time): the
 * opening, a reopening or a hand-over comes before the message written with it (a forward's note),
 * the "replied" and "closed" markers after it.
 */
function sameInstantRank(e: TicketTimelineEntry): number {
  if (e.type === "message") return 1;
  return e.event === "REPLIED" || e.event === "CLOSED" ? 2 : 0;
}

/** Messages and events as one timeline, oldest first; then sameInstantRank, then creation order (UUIDv7). */
export function mergeTimeline(
  messages: MessageRow[],
  events: EventRow[],
  people: Map<string, Person>,
  attachments: Map<string, TicketAttachment[]>,
  viewerId: string,
): TicketTimelineEntry[] {
  const nameOf = (id: string | null) => (id ? (people.get(id)?.name ?? null) : null);
  const entries: TicketTimelineEntry[] = [
    ...messages.map((m): TicketTimelineEntry => {
      const author = m.authorId ? people.get(m.authorId) : undefined;
      return {
        type: "message",
        id: m.id,
        at: m.createdAt,
        author: author ? { name: author.name, isStaff: author.isStaff, isMe: m.authorId === viewerId } : null,
        body: m.body,
        internal: m.isInternal,
        attachments: attachments.get(m.id) ?? [],
      };
    }),
    ...events.map((e): TicketTimelineEntry => {
      const { fromId, toId } = eventPeople(e);
      return {
        type: "event",
        id: e.id,
        at: e.createdAt,
        event: e.type,
        actorName: nameOf(e.actorId),
        from: nameOf(fromId),
        to: nameOf(toId),
      };
    }),
  ];
  return entries.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || sameInstantRank(a) - sameInstantRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
