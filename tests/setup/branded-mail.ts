// Shared by the branded e-mail tests: tenants with a full brand (sender name, colour, logo, imprint,
// signature, verified primary domain) and the check that a queued e-mail carries exactly that brand.
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createTenant, uniqueSuffix } from "./factories";

export type BrandedTenant = Awaited<ReturnType<typeof brandedTenant>>;

/** A tenant whose every brand detail is unique, so a mail showing another tenant's brand is caught. */
export async function brandedTenant(colour: string) {
  const suffix = uniqueSuffix();
  const imprint = `Muster ${suffix} Versicherungsmakler GmbH`;
  const tenant = await createTenant({
    name: `Makler ${suffix}`,
    emailSenderName: `Absender ${suffix}`,
    primaryColor: colour,
    logoKey: `tenants/${suffix}/logo.png`,
    imprintHtml: `<p>${imprint}<br>Hauptstr. 1, 20095 Hamburg</p>`,
    emailSignatureHtml: `<p>Beste Grüße<br>Ihr Team ${suffix}</p><script>alert("sig")</script><a href="javascript:alert(1)">x</a>`,
  });
  const host = `portal-${suffix}.makler.example`;
  await db.domain.create({
    data: { tenantId: tenant.id, host, status: "VERIFIED", isPrimary: true, verificationToken: "t", verifiedAt: new Date() },
  });
  return { tenant, host, baseUrl: `http://${host}`, imprint, signature: `Ihr Team ${suffix}`, sender: `Absender ${suffix}` };
}

export type MailPayload = { subject: string; text: string; html: string; from?: string; replyTo?: string };

/** The newest e-mail to `recipient` in the tenant's outbox. */
export async function lastMailTo(tenantId: string, recipient: string): Promise<MailPayload> {
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { tenantId, recipient: recipient.toLowerCase(), channel: "EMAIL" },
    orderBy: { createdAt: "desc" },
  });
  return mail.payload as MailPayload;
}

/**
 * Sender name, primary colour, logo on the tenant's own domain and the imprint footer in both parts;
 * `signature` says whether the office's signature closes the mail (customer mails) or not (staff).
 */
export function expectBranded(mail: MailPayload, b: BrandedTenant, { signature }: { signature: boolean }) {
  expect(mail.from).toMatch(new RegExp(`^"${b.sender}" <[^<>"]+@[^<>"]+>$`));
  expect(mail.html).toContain(`solid ${b.tenant.primaryColor}`);
  expect(mail.html).toMatch(new RegExp(`<img src="${b.baseUrl}/branding/logo\\?v=[0-9a-f]{12}" alt="${b.tenant.name}"`));
  for (const part of [mail.text, mail.html]) {
    expect(part).toContain(b.imprint);
    expect(part).toContain(`${b.baseUrl}/impressum`);
    expect(part).toContain(`${b.baseUrl}/datenschutz`);
    expect(part.includes(b.signature)).toBe(signature);
    expect(part).not.toMatch(/alert\(|<script|javascript:/);
  }
}
