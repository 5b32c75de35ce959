/**
 * What one e-mail says, independent of the frame: the content builders in lib/mail/templates (and the
 * contact-change, second-factor and notification modules) return this; renderBrandedMail puts it into
 * the tenant's branded frame as HTML and plain text. Every string is plain text, escaped by the frame.
 */
export type MailContent = {
  subject: string;
  /** The grey line mail clients show next to the subject in the inbox; hidden in the message. */
  preheader?: string;
  paragraphs: string[];
  /** The one call to action; the plain-text part shows the link on its own line. */
  button?: { href: string; label: string };
  /** A one-time code, shown large and spaced. */
  code?: string;
  /** Small print under the content ("not expected? ignore this e-mail"). */
  footer?: string;
  /** Close with the tenant's e-mail signature (default true); staff-internal mails switch it off. */
  signature?: boolean;
};

export type RenderedMail = { subject: string; text: string; html: string };
