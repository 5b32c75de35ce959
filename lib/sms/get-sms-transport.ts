import { devTransportsActive, serverEnv } from "../env";
import { createDevSmsTransport } from "./dev-sms-transport";
import { createSevenSmsTransport } from "./seven-transport";
import type { SmsTransport } from "./types";

/** Sender id shown on the phone when a message does not name one (max. 11 characters). */
export const DEFAULT_SMS_SENDER = "Portal";

/**
 * seven.io when SMS_API_KEY is set (unless DEV_TRANSPORTS=true), else the dev transport while
 * dev transports are active. In production without SMS settings this throws, so the outbox row
 * shows the failure instead of a code vanishing into the dev table.
 */
export function getSmsTransport(): SmsTransport {
  const env = serverEnv();
  if (env.SMS_API_KEY && env.DEV_TRANSPORTS !== "true") {
    return createSevenSmsTransport({
      apiKey: env.SMS_API_KEY,
      baseUrl: env.SMS_PROVIDER_URL,
      defaultFrom: DEFAULT_SMS_SENDER,
    });
  }
  if (devTransportsActive()) return createDevSmsTransport();
  throw new Error("SMS-Versand nicht konfiguriert: SMS_API_KEY fehlt");
}
