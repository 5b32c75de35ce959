import type { SendOptions } from "../mail/types";

export type SmsMessage = {
  /** E.164, e.g. +491511234567 */
  to: string;
  text: string;
  /** Sender id (max. 11 alphanumeric characters); defaults to the transport's sender */
  from?: string;
  tenantId?: string | null;
};

export interface SmsTransport {
  send(message: SmsMessage, options?: SendOptions): Promise<{ id: string }>;
}
