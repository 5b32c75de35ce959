import { serverEnv } from "../env";
import type { AppLocale } from "../i18n/locales";
import { loadMailBrand } from "../mail/branded/mail-brand";
import type { MailContent } from "../mail/branded/mail-content";
import { renderBrandedMail } from "../mail/branded/render-branded-mail";
import { senderAddress } from "../mail/branded/sender-address";
import { enqueueEmail, type OutboxWriter } from "./enqueue-message";

export type BrandedEmailJob = {
  tenantId: string;
  to: string;
  /** The recipient's language (their own choice, else the tenant's). */
  locale: AppLocale;
  content: MailContent;
  replyTo?: string;
};

/**
 * The way every tenant e-mail is queued: the brand is read in the caller's transaction (so a mail
 * never carries another tenant's brand or a half-saved one), the content is rendered into the branded
 * frame and the From header carries the tenant's sender name on the platform's sending address.
 */
export async function enqueueBrandedEmail(tx: OutboxWriter, job: BrandedEmailJob): Promise<{ id: string }> {
  const brand = await loadMailBrand(tx, job.tenantId);
  const mail = renderBrandedMail(brand, job.locale, job.content);
  return enqueueEmail(tx, {
    tenantId: job.tenantId,
    to: job.to,
    ...mail,
    from: senderAddress(brand.senderName, serverEnv().MAIL_FROM),
    replyTo: job.replyTo,
  });
}
