import { db } from "../db/client";
import { Prisma, type PrismaClient } from "../db/generated/client";
import { getMailTransport } from "../mail/get-mail-transport";
import { TransportError } from "../mail/transport-error";
import type { MailTransport } from "../mail/types";
import { getSmsTransport } from "../sms/get-sms-transport";
import type { SmsTransport } from "../sms/types";

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** A claimed row is leased for this long; if the worker dies mid-send another one retries it. */
const LEASE_SECONDS = 120;

export type DeliverOptions = {
  limit?: number;
  /** Defaults to the configured transports (Resend / seven.io / dev). */
  mailTransport?: MailTransport;
  smsTransport?: SmsTransport;
  client?: PrismaClient;
  /** Only this tenant's rows (tests and manual replays); all tenants by default. */
  tenantId?: string;
};

type ClaimedRow = {
  id: string;
  tenantId: string | null;
  channel: "EMAIL" | "SMS";
  recipient: string;
  payload: unknown;
  attempts: number;
};

/** Delay before the next try after `attempts` failures: 2^attempts × 30 s, at most one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** attempts * BASE_DELAY_MS, MAX_DELAY_MS);
}

/**
 * Claims due PENDING rows and sends them. The claim is one UPDATE whose sub-select locks rows
 * with FOR UPDATE SKIP LOCKED (a single statement is its own transaction), so any number of
 * workers — separate processes or app instances — share the queue without sending a row twice.
 */
export async function deliverOutboxBatch(options: DeliverOptions = {}): Promise<{ sent: number; failed: number }> {
  const client = options.client ?? db;
  const limit = Math.max(1, Math.min(options.limit ?? 20, 500));

  const rows = await client.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage"
       SET "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS})
     WHERE id IN (
       SELECT id FROM "OutboxMessage"
        WHERE status = 'PENDING'
          AND "nextAttemptAt" <= now()
          AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
          ${options.tenantId ? Prisma.sql`AND "tenantId" = ${options.tenantId}::uuid` : Prisma.empty}
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "tenantId", channel::text AS channel, recipient, payload, attempts`;

  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      const providerId = await sendRow(row, options);
      await client.outboxMessage.update({
        where: { id: row.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          attempts: row.attempts + 1,
          providerMessageId: providerId,
          lockedUntil: null,
          lastError: null,
        },
      });
      sent++;
    } catch (error) {
      failed++;
      const attempts = row.attempts + 1;
      const permanent = error instanceof TransportError && error.permanent;
      const giveUp = permanent || attempts >= MAX_ATTEMPTS;
      await client.outboxMessage.update({
        where: { id: row.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          attempts,
          lastError: describeError(error),
          nextAttemptAt: giveUp ? undefined : new Date(Date.now() + retryDelayMs(attempts)),
          lockedUntil: null,
        },
      });
      // Id, channel and reason only: bodies hold codes and personal data, errors never hold secrets.
      console.warn(
        `[outbox] ${row.channel} ${row.id} attempt ${attempts} failed${giveUp ? " (giving up)" : ""}: ${describeError(error)}`,
      );
    }
  }
  return { sent, failed };
}

async function sendRow(row: ClaimedRow, options: DeliverOptions): Promise<string> {
  const payload = (row.payload ?? {}) as Record<string, unknown>;
  const str = (key: string) => (typeof payload[key] === "string" ? (payload[key] as string) : undefined);
  const text = str("text") ?? "";
  if (row.channel === "EMAIL") {
    const transport = options.mailTransport ?? getMailTransport();
    const result = await transport.send(
      {
        to: row.recipient,
        subject: str("subject") ?? "",
        text,
        html: str("html"),
        from: str("from"),
        replyTo: str("replyTo"),
        tenantId: row.tenantId,
      },
      { idempotencyKey: `outbox-${row.id}` },
    );
    return result.id;
  }
  const transport = options.smsTransport ?? getSmsTransport();
  const result = await transport.send(
    { to: row.recipient, text, from: str("from"), tenantId: row.tenantId },
    { idempotencyKey: `outbox-${row.id}` },
  );
  return result.id;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
  return message.slice(0, 500);
}
