import "server-only";
import { now } from "../../clock";
import type { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { TICKET_MESSAGES_PER_HOUR, TICKETS_PER_DAY } from "../../validation/ticket";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

type Client = Prisma.TransactionClient | typeof db;

/**
 * `lock: true` (inside the writing transaction, the authoritative check) first takes the row lock that
 * makes parallel requests count one after another. `lock: false` is the cheap pre-check before a
 * request's files are streamed (ticketUploadTarget): no lock, the transaction checks again.
 *
 * Lock rules, so writers never deadlock (a reply with attachments next to a new ticket of the same
 * customer did): FOR NO KEY UPDATE, never FOR UPDATE — it still serialises the counting requests, but
 * does not block the KEY SHARE locks that foreign-key checks take (a Document or Ticket insert pointing
 * at the customer, a Notification pointing at the user). And one order: the account's row before the
 * customer's row (createTicket calls hourlyMessageLimitReached before dailyTicketLimitReached).
 */
type LockOption = { lock: boolean };

/** A limit: at most `max` rows counted by `count` within `windowMs`, serialised on a row of `lockTable`. */
type Limit = {
  lockTable: "Customer" | "User";
  windowMs: number;
  max: number;
  count: (client: Client, tenantId: string, id: string, since: Date) => Promise<number>;
};

/**
 * TICKETS_PER_DAY new tickets per customer folder within 24 hours. Tickets the office opened on the
 * customer's behalf do not count: the limit stops a script or a stuck button on the customer's side,
 * never the office. Locks the customer row (as reportClaim does).
 */
const dailyTickets: Limit = {
  lockTable: "Customer",
  windowMs: DAY_MS,
  max: TICKETS_PER_DAY,
  count: (client, tenantId, customerId, since) =>
    client.ticket.count({ where: { tenantId, customerId, createdBy: { kind: "CUSTOMER" }, createdAt: { gt: since } } }),
};

/** TICKET_MESSAGES_PER_HOUR messages (first messages, replies and notes) per account within an hour. */
const hourlyMessages: Limit = {
  lockTable: "User",
  windowMs: HOUR_MS,
  max: TICKET_MESSAGES_PER_HOUR,
  count: (client, tenantId, userId, since) =>
    client.ticketMessage.count({ where: { tenantId, authorId: userId, createdAt: { gt: since } } }),
};

async function limitReached(limit: Limit, client: Client, tenantId: string, id: string, { lock }: LockOption): Promise<boolean> {
  // the table name is one of the two literals of Limit, never input
  if (lock) await client.$queryRaw`SELECT id FROM ${Prisma.raw(`"${limit.lockTable}"`)} WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  const recent = await limit.count(client, tenantId, id, new Date(now().getTime() - limit.windowMs));
  return recent >= limit.max;
}

/** Has this folder's portal already opened TICKETS_PER_DAY tickets within 24 hours? */
export const dailyTicketLimitReached = (client: Client, tenantId: string, customerId: string, options: LockOption) =>
  limitReached(dailyTickets, client, tenantId, customerId, options);

/** Has this account written TICKET_MESSAGES_PER_HOUR messages within the last hour? */
export const hourlyMessageLimitReached = (client: Client, tenantId: string, userId: string, options: LockOption) =>
  limitReached(hourlyMessages, client, tenantId, userId, options);
