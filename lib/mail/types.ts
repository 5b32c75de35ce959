export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** RFC 5322 sender, e.g. `Muster Versicherungsmakler <portal@example.com>`; defaults to MAIL_FROM */
  from?: string;
  replyTo?: string;
  tenantId?: string | null;
};

export type SendOptions = {
  /** Lets the provider drop a duplicate when the outbox retries after a lost response. */
  idempotencyKey?: string;
};

export interface MailTransport {
  send(message: MailMessage, options?: SendOptions): Promise<{ id: string }>;
}
