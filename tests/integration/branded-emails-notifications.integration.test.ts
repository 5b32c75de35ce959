import { beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/data/account/request-password-reset";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { brandedTenant, expectBranded, lastMailTo, type BrandedTenant } from "../setup/branded-mail";
import { createStaff } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";
import { expectNoContent } from "../setup/ticket-outbox";
import { REPLY } from "../setup/ticket-texts";
import { openTicket } from "../setup/ticket-write-fixtures";

let a: BrandedTenant;
let b: BrandedTenant;

beforeAll(async () => {
  a = await brandedTenant("#0f766e");
  b = await brandedTenant("#9d174d");
});

async function conversation(t: BrandedTenant) {
  const advisor = await createStaff(t.tenant.id, { role: "advisor" });
  const customer = await portalCustomer(t.tenant.id, { COMMUNICATION: "WRITE" }, { advisorId: advisor.id });
  const ticketId = await openTicket(customer.ctx);
  return { advisor, customer, ticketId };
}

describe("branded notification e-mails", () => {
  it("tells the advisor about a customer's ticket in the brand, without the customer-facing signature or content", async () => {
    const { advisor } = await conversation(a);
    const mail = await lastMailTo(a.tenant.id, advisor.email);
    expectBranded(mail, a, { signature: false });
    expect(mail.text).toContain(`${a.baseUrl}/broker/tickets/`);
    expectNoContent(mail.subject, mail.text, mail.html);
  });

  it("tells the customer about a staff reply in the brand, closed by the office's sanitised signature", async () => {
    const { advisor, customer, ticketId } = await conversation(a);
    expect(await postTicketMessage(await contextFor(advisor.id), ticketId, { body: REPLY })).toMatchObject({ ok: true });
    const mail = await lastMailTo(a.tenant.id, customer.user.email);
    expectBranded(mail, a, { signature: true });
    expect(mail.html).toContain(`<p>Beste Grüße<br />${a.signature}</p>`);
    expect(mail.text).toContain(`Beste Grüße\n${a.signature}`);
    expect(mail.text).toContain(`\n${a.baseUrl}/portal/messages/${ticketId}\n`);
    expectNoContent(mail.subject, mail.text, mail.html);
  });

  it("gives tenant B's mails B's brand and nothing of tenant A's", async () => {
    const { customer } = await conversation(b);
    await requestPasswordReset({ tenantId: b.tenant.id, email: customer.user.email });
    const mail = await lastMailTo(b.tenant.id, customer.user.email);
    expectBranded(mail, b, { signature: true });
    const all = [mail.from, mail.subject, mail.text, mail.html].join("\n");
    for (const trace of [a.host, a.sender, a.tenant.name, a.imprint, a.signature, a.tenant.primaryColor]) {
      expect(all).not.toContain(trace);
    }
  });
});
