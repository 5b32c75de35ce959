import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { setClockOffset } from "@/lib/clock";
import { changePassword } from "@/lib/data/account/change-password";
import { requestPasswordReset } from "@/lib/data/account/request-password-reset";
import { sendContactCode } from "@/lib/data/change-requests/send-contact-code";
import { confirmContactChange } from "@/lib/data/contact-change/confirm-contact-change";
import { requestContactChange } from "@/lib/data/contact-change/request-contact-change";
import { setSmsSecondFactor } from "@/lib/data/second-factor/set-sms-second-factor";
import { db } from "@/lib/db/client";
import { brandedTenant, expectBranded, lastMailTo, type BrandedTenant } from "../setup/branded-mail";
import { createStaff, TEST_PASSWORD, uniqueSuffix } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

let a: BrandedTenant;

beforeAll(async () => {
  a = await brandedTenant("#7c2d12");
});
afterEach(() => setClockOffset(0));

const customer = () => portalCustomer(a.tenant.id, { PROFILE: "WRITE" });

describe("branded account e-mails", () => {
  it("sends the password reset link in the tenant's brand, on its own domain", async () => {
    const { user } = await customer();
    await requestPasswordReset({ tenantId: a.tenant.id, email: user.email });
    const mail = await lastMailTo(a.tenant.id, user.email);
    expectBranded(mail, a, { signature: true });
    expect(mail.text).toMatch(new RegExp(`:\\n${a.baseUrl}/reset-password/[A-Za-z0-9_-]{43}\\n`));
  });

  it("sends the password-changed notice to staff in the brand, without the customer-facing signature", async () => {
    const staff = await createStaff(a.tenant.id, { role: "backoffice" });
    const result = await changePassword(await contextFor(staff.id), {
      currentPassword: TEST_PASSWORD,
      password: "Ein-neues-langes-Passwort-77",
    });
    expect(result.ok).toBe(true);
    const mail = await lastMailTo(a.tenant.id, staff.email);
    expect(mail.subject).toMatch(/^Ihr Passwort wurde geändert/);
    expectBranded(mail, a, { signature: false });
  });

  it("sends the lockout notice, which had no HTML before, in the tenant's brand", async () => {
    const { user } = await customer();
    let offset = 0;
    for (let i = 0, checked = 0; checked < 10 && i < 40; i++) {
      const r = await authenticateWithPassword({
        tenantId: a.tenant.id,
        identifier: user.email,
        password: "falsches-passwort-abc",
        ip: `192.0.2.${i}`,
        userAgent: null,
      });
      if (!r.ok && r.reason === "throttled") setClockOffset((offset += r.retryAfterSeconds * 1000));
      else checked++;
    }
    const mail = await lastMailTo(a.tenant.id, user.email);
    expect(mail.subject).toBe("Mehrere fehlgeschlagene Anmeldeversuche");
    expectBranded(mail, a, { signature: true });
    expect(mail.text + mail.html).not.toContain("falsches-passwort");
  });

  it("sends the second-factor security notice in the tenant's brand", async () => {
    const { user } = await customer();
    await db.user.update({ where: { id: user.id }, data: { phone: "+491701234567", phoneVerifiedAt: new Date() } });
    expect(await setSmsSecondFactor(await contextFor(user.id), { enabled: true })).toMatchObject({ ok: true });
    const mail = await lastMailTo(a.tenant.id, user.email);
    expect(mail.subject).toBe("Ihre Sicherheitseinstellungen wurden geändert");
    expectBranded(mail, a, { signature: true });
  });

  it("sends the login e-mail change code and the notice to the old address in the tenant's brand", async () => {
    const { user } = await customer();
    const ctx = await contextFor(user.id);
    const target = `neu-${uniqueSuffix()}@test.example`;
    expect(await requestContactChange(ctx, "email", { newEmail: target, currentPassword: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    const codeMail = await lastMailTo(a.tenant.id, target);
    expectBranded(codeMail, a, { signature: true });
    const code = /\b(\d{6})\b/.exec(codeMail.subject)![1]!;
    expect(await confirmContactChange(ctx, { channel: "email", code })).toMatchObject({ ok: true });
    expectBranded(await lastMailTo(a.tenant.id, user.email), a, { signature: true });
  });

  it("sends the code for a contact change request to the broker in the tenant's brand", async () => {
    const { ctx } = await customer();
    const target = `anfrage-${uniqueSuffix()}@test.example`;
    expect(await sendContactCode(ctx, "EMAIL", { email: target })).toMatchObject({ ok: true });
    expectBranded(await lastMailTo(a.tenant.id, target), a, { signature: true });
  });
});
