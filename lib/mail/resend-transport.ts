import { Resend } from "resend";
import type { MailMessage, MailTransport, SendOptions } from "./types";
import { TransportError, isPermanentStatus } from "./transport-error";

export type ResendTransportOptions = {
  apiKey: string;
  /** Defaults to RESEND_BASE_URL (read by the SDK itself), else https://api.resend.com */
  baseUrl?: string;
  defaultFrom: string;
};

/** Sends through Resend's HTTP API (POST {baseUrl}/emails). */
export function createResendTransport(options: ResendTransportOptions): MailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);

  return {
    async send(message: MailMessage, sendOptions?: SendOptions) {
      // The SDK never throws: network failures and HTTP errors come back in `error`.
      const { data, error } = await client.emails.send(
        {
          from: message.from ?? options.defaultFrom,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        },
        sendOptions?.idempotencyKey ? { idempotencyKey: sendOptions.idempotencyKey } : undefined,
      );
      if (error || !data) {
        const status = typeof error?.statusCode === "number" ? error.statusCode : null;
        const name = error?.name ?? "unknown_error";
        throw new TransportError(`Resend: ${name}${status ? ` (HTTP ${status})` : ""}`, {
          statusCode: status,
          permanent: isPermanentStatus(status),
        });
      }
      return { id: data.id };
    },
  };
}
