import { beforeAll, describe, expect, it } from "vitest";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { sendRegistrationCode } from "@/lib/data/invitations/send-registration-code";
import { inviteStaff } from "@/lib/data/staff/invite-staff";
import { brandedTenant, expectBranded, lastMailTo, type BrandedTenant } from "../setup/branded-mail";
import { createCustomer, createStaff, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let a: BrandedTenant;
let ownerId: string;

beforeAll(async () => {
  a = await brandedTenant("#0f766e");
  ownerId = (await createStaff(a.tenant.id, { role: "owner" })).id;
  // the advisor role row the staff invitation picks
  await createStaff(a.tenant.id, { role: "advisor" });
});

async function invitedCustomer() {
  const email = `kunde-${uniqueSuffix()}@test.example`;
  const customer = await createCustomer(a.tenant.id, {
    firstName: "Max",
    lastName: "Mustermann",
    email,
    mobile: "+491725551234",
  });
  const result = await sendInvitation(await contextFor(ownerId), { customerId: customer.id });
  if (!result.ok) throw new Error("invitation refused");
  return { email, mail: await lastMailTo(a.tenant.id, email) };
}

describe("branded invitation e-mails", () => {
  it("sends the customer invitation in the tenant's brand, signed by the office, linking to its own domain", async () => {
    const { mail } = await invitedCustomer();
    expectBranded(mail, a, { signature: true });
    expect(mail.text).toMatch(new RegExp(`\\n${a.baseUrl}/register/[A-Za-z0-9_-]{43}\\n`));
    expect(mail.html).toMatch(new RegExp(`href="${a.baseUrl}/register/[A-Za-z0-9_-]{43}"`));
  });

  it("sends the registration code in the tenant's brand", async () => {
    const { email, mail } = await invitedCustomer();
    const token = /\/register\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    expect(await sendRegistrationCode({ tenantId: a.tenant.id, token, step: "EMAIL_CODE" })).toMatchObject({ ok: true });
    const codeMail = await lastMailTo(a.tenant.id, email);
    expect(codeMail.subject).toMatch(/^Ihr Bestätigungscode: \d{6}$/);
    expectBranded(codeMail, a, { signature: true });
  });

  it("sends the staff invitation with the brand and imprint but without the customer-facing signature", async () => {
    const email = `kollegin-${uniqueSuffix()}@test.example`;
    const result = await inviteStaff(await contextFor(ownerId), {
      firstName: "Erika",
      lastName: "Beispiel",
      email,
      mobile: "+491725559876",
      roleKey: "advisor",
    });
    expect(result.ok).toBe(true);
    const mail = await lastMailTo(a.tenant.id, email);
    expect(mail.subject).toContain("Ihre Einladung als Mitarbeiter");
    expectBranded(mail, a, { signature: false });
  });
});
