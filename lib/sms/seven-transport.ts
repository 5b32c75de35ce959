import { TransportError, isPermanentStatus } from "../mail/transport-error";
import type { SmsMessage, SmsTransport } from "./types";

export const SEVEN_DEFAULT_URL = "https://gateway.seven.io/api";

export type SevenTransportOptions = {
  apiKey: string;
  /** Defaults to https://gateway.seven.io/api */
  baseUrl?: string;
  defaultFrom: string;
  timeoutMs?: number;
};

type SevenResponse = {
  success?: string | number;
  messages?: { id?: string | number | null; success?: boolean; error?: string | null }[];
};

/**
 * seven.io (German SMS gateway) over plain fetch: POST {baseUrl}/sms with X-Api-Key and a JSON
 * body. seven answers HTTP 200 with a numeric `success` code ("100" = accepted), so both the
 * HTTP status and that code are checked.
 */
export function createSevenSmsTransport(options: SevenTransportOptions): SmsTransport {
  const url = `${(options.baseUrl ?? SEVEN_DEFAULT_URL).replace(/\/+$/, "")}/sms`;

  return {
    async send(message: SmsMessage) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: {
            "X-Api-Key": options.apiKey,
            "Content-Type": "application/json",
            Accept: "application/json",
          },
          body: JSON.stringify({ to: message.to, text: message.text, from: message.from ?? options.defaultFrom }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.name : "network_error";
        throw new TransportError(`seven.io: request failed (${reason})`);
      }
      if (!response.ok) {
        throw new TransportError(`seven.io: HTTP ${response.status}`, {
          statusCode: response.status,
          permanent: isPermanentStatus(response.status),
        });
      }
      const body = (await response.json().catch(() => null)) as SevenResponse | null;
      const code = body?.success === undefined ? null : String(body.success);
      // 100 = all sent, 101 = partly sent; anything else is a gateway error code.
      if (code !== "100" && code !== "101") {
        throw new TransportError(`seven.io: error code ${code ?? "unknown"}`, { statusCode: response.status });
      }
      const id = body?.messages?.[0]?.id;
      return { id: id === undefined || id === null ? `seven-${Date.now()}` : String(id) };
    },
  };
}
