import { db } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { SmsMessage, SmsTransport } from "./types";

/** Development transport: stores the SMS for /dev/mailbox instead of sending it. */
export function createDevSmsTransport(client: PrismaClient = db): SmsTransport {
  return {
    async send(message: SmsMessage) {
      const row = await client.devMessage.create({
        data: { tenantId: message.tenantId ?? null, channel: "SMS", recipient: message.to, text: message.text },
        select: { id: true },
      });
      return { id: `dev-${row.id}` };
    },
  };
}
