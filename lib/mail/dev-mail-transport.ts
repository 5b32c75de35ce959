import { db } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { MailMessage, MailTransport } from "./types";

/** Development transport: stores the mail for /dev/mailbox instead of sending it. */
export function createDevMailTransport(client: PrismaClient = db): MailTransport {
  return {
    async send(message: MailMessage) {
      const row = await client.devMessage.create({
        data: {
          tenantId: message.tenantId ?? null,
          channel: "EMAIL",
          recipient: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
        },
        select: { id: true },
      });
      return { id: `dev-${row.id}` };
    },
  };
}
