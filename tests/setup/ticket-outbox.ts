// What the ticket write tests read back: e-mails in the outbox and in-app notifications, and the
// check that none of them carries a ticket's words.
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { BODY, NOTE, REPLY, SUBJECT } from "./ticket-texts";

export const mailsTo = (email: string) =>
  db.outboxMessage.findMany({ where: { recipient: email.toLowerCase(), channel: "EMAIL" }, orderBy: { createdAt: "asc" } });

export type MailPayload = { subject: string; text: string; html: string };
export const payloadOf = (mail: { payload: unknown }) => mail.payload as MailPayload;

export const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

/** None of the ticket's words may appear in an e-mail or notification. */
export function expectNoContent(...parts: string[]) {
  for (const part of parts) {
    for (const secret of [SUBJECT, BODY, REPLY, NOTE, "Hausratversicherung", "Kündigung.pdf"]) expect(part).not.toContain(secret);
  }
}
