import "server-only";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { TICKETS_PER_DAY } from "../../validation/ticket";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { dailyTicketLimitReached, hourlyMessageLimitReached } from "./ticket-rate-limit";
import { newTicketCustomer, writableTicket } from "./ticket-write-access";

export type TicketUploadTarget = { ok: true; tenantId: string; customerId: string } | { ok: false; error: Msg };

/**
 * Before a message's files are streamed to S3: checks the actor may post there and returns the customer
 * whose folder (S3 prefix) the attachments belong to. For a new ticket pass {ticketId: null, customerId}
 * (customerId only for staff); for a reply {ticketId}. Throws AccessDeniedError otherwise.
 *
 * Someone already at a rate limit is refused here ({ok: false}, the route answers 429) instead of
 * streaming up to 5 files for nothing. That look is cheap and takes no lock; the same checks run again
 * under lock in createTicket / postTicketMessage, which may still refuse (input, limits, a closed
 * ticket, files without importDocuments); the route then deletes what it stored.
 */
export async function ticketUploadTarget(
  ctx: RequestContext | null,
  target: { ticketId: string | null; customerId?: string | null },
): Promise<TicketUploadTarget> {
  if (!ctx) throw new AccessDeniedError("not signed in");
  const isNew = target.ticketId === null;
  // only null means "new ticket": an empty or malformed id is an unknown ticket, not a new one
  const customerId =
    target.ticketId !== null
      ? (await writableTicket(ctx, target.ticketId)).customerId
      : (await newTicketCustomer(ctx, target.customerId ?? null)).id;
  if (await hourlyMessageLimitReached(db, ctx.tenant.id, ctx.actor.id, { lock: false })) {
    return { ok: false, error: "tickets.errors.hourlyLimit" };
  }
  // as in createTicket: only the customer's own new tickets count towards the daily limit
  if (isNew && ctx.actor.kind === "CUSTOMER" && (await dailyTicketLimitReached(db, ctx.tenant.id, customerId, { lock: false }))) {
    return { ok: false, error: { key: "tickets.errors.dailyLimit", values: { max: TICKETS_PER_DAY } } };
  }
  return { ok: true, tenantId: ctx.tenant.id, customerId };
}
