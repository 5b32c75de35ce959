import { devTransportsActive, serverEnv } from "../env";
import { createDevMailTransport } from "./dev-mail-transport";
import { createResendTransport } from "./resend-transport";
import type { MailTransport } from "./types";

/**
 * Resend when RESEND_API_KEY is set (unless DEV_TRANSPORTS=true forces the mailbox), otherwise
 * the dev transport. DEV_TRANSPORTS=false without a key is a misconfiguration: fail loudly
 * rather than silently writing mails into a table nobody reads.
 */
export function getMailTransport(): MailTransport {
  const env = serverEnv();
  if (devTransportsActive()) return createDevMailTransport();
  if (!env.RESEND_API_KEY) throw new Error("E-Mail-Versand nicht konfiguriert: RESEND_API_KEY fehlt");
  return createResendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL, defaultFrom: env.MAIL_FROM });
}
