import type { Prisma, PrismaClient } from "../db/generated/client";

/** The caller's transaction (preferred: the message commits with the change that caused it) or db. */
export type OutboxWriter = Prisma.TransactionClient | PrismaClient;

export type EmailJob = {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  from?: string;
  replyTo?: string;
};

export type SmsJob = {
  tenantId: string | null;
  /** E.164 */
  to: string;
  text: string;
  from?: string;
};

/** Queues an e-mail in the outbox; the worker delivers it after the transaction commits. */
export async function enqueueEmail(tx: OutboxWriter, job: EmailJob): Promise<{ id: string }> {
  const payload: Record<string, string> = { subject: job.subject, text: job.text };
  if (job.html) payload.html = job.html;
  if (job.from) payload.from = job.from;
  if (job.replyTo) payload.replyTo = job.replyTo;
  return tx.outboxMessage.create({
    data: { tenantId: job.tenantId, channel: "EMAIL", recipient: job.to.trim().toLowerCase(), payload },
    select: { id: true },
  });
}

/** Queues an SMS in the outbox; the worker delivers it after the transaction commits. */
export async function enqueueSms(tx: OutboxWriter, job: SmsJob): Promise<{ id: string }> {
  const payload: Record<string, string> = { text: job.text };
  if (job.from) payload.from = job.from;
  return tx.outboxMessage.create({
    data: { tenantId: job.tenantId, channel: "SMS", recipient: job.to.trim(), payload },
    select: { id: true },
  });
}
