import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { confirmTotpEnrolment } from "@/lib/auth/totp/confirm-totp-enrolment";
import { createTotpEnrolment } from "@/lib/auth/totp/create-totp-enrolment";
import { epochSeconds } from "@/lib/auth/totp/totp-settings";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createCustomer, createCustomerUser, createStaff, createTenant, TEST_PASSWORD } from "../setup/factories";

afterEach(() => setClockOffset(0));

async function staffWithTotp() {
  const tenant = await createTenant();
  const staff = await createStaff(tenant.id, { role: "advisor", password: TEST_PASSWORD, totpEnabledAt: null });
  const { secret } = await createTotpEnrolment({ issuer: tenant.name, accountName: staff.email });
  // Enrol one step in the past so the login below uses fresh steps.
  setClockOffset(-60_000);
  const code = await generate({ secret, epoch: epochSeconds() });
  const confirmed = await db.$transaction((tx) =>
    confirmTotpEnrolment(tx, { tenantId: tenant.id, userId: staff.id, secret, code }),
  );
  setClockOffset(0);
  if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.error));
  return { tenant, staff, secret, recoveryCodes: confirmed.recoveryCodes };
}

const login = (tenantId: string, email: string, secondFactorCode?: string, password = TEST_PASSWORD) =>
  authenticateWithPassword({ tenantId, identifier: email, password, secondFactorCode, ip: "192.0.2.77", userAgent: "vitest" });

describe("sign-in with a second factor", () => {
  it("asks for the code after a correct password and signs in with a valid TOTP code", async () => {
    const { tenant, staff, secret } = await staffWithTotp();
    expect(await login(tenant.id, staff.email)).toEqual({ ok: false, reason: "second_factor_required", method: "totp" });
    const code = await generate({ secret, epoch: epochSeconds() });
    expect(await login(tenant.id, staff.email, code)).toMatchObject({ ok: true, claims: { userId: staff.id } });
  });

  it("refuses a replayed TOTP code and a wrong one", async () => {
    const { tenant, staff, secret } = await staffWithTotp();
    const code = await generate({ secret, epoch: epochSeconds() });
    expect(await login(tenant.id, staff.email, code)).toMatchObject({ ok: true });
    expect(await login(tenant.id, staff.email, code)).toEqual({ ok: false, reason: "second_factor_invalid" });
    expect(await login(tenant.id, staff.email, "000000")).toEqual({ ok: false, reason: "second_factor_invalid" });
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "auth.second_factor_failed" } })).toBe(2);
  });

  it("accepts a recovery code exactly once", async () => {
    const { tenant, staff, recoveryCodes } = await staffWithTotp();
    const code = recoveryCodes[0]!;
    expect(await login(tenant.id, staff.email, code)).toMatchObject({ ok: true });
    expect(await login(tenant.id, staff.email, code)).toEqual({ ok: false, reason: "second_factor_invalid" });
  });

  it("never asks for a code when the password is wrong", async () => {
    const { tenant, staff, secret } = await staffWithTotp();
    const code = await generate({ secret, epoch: epochSeconds() });
    expect(await login(tenant.id, staff.email, code, "falsches-passwort-1")).toEqual({ ok: false, reason: "invalid" });
  });
});

async function customerWithPhone(policy: "OFF" | "OPTIONAL" | "REQUIRED", smsSecondFactor = false) {
  const tenant = await createTenant({ customer2faPolicy: policy });
  const customer = await createCustomer(tenant.id);
  const user = await createCustomerUser(tenant.id, customer.id, { password: TEST_PASSWORD });
  await db.user.update({
    where: { id: user.id },
    data: { phone: "+491701234512", phoneVerifiedAt: new Date(), smsSecondFactor },
  });
  return { tenant, user };
}

async function lastSmsCode(tenantId: string): Promise<string> {
  const sms = await db.outboxMessage.findFirst({ where: { tenantId, channel: "SMS" }, orderBy: { createdAt: "desc" } });
  return /\b(\d{6})\b/.exec(JSON.stringify(sms?.payload))![1]!;
}

describe("SMS code as the customers' second factor", () => {
  it("sends an SMS code when the tenant requires a second factor and signs in with it once", async () => {
    const { tenant, user } = await customerWithPhone("REQUIRED");
    expect(await login(tenant.id, user.email)).toEqual({ ok: false, reason: "second_factor_required", method: "sms" });
    const sms = await db.outboxMessage.findMany({ where: { tenantId: tenant.id, channel: "SMS" } });
    expect(sms.map((m) => m.recipient)).toEqual(["+491701234512"]);
    const code = await lastSmsCode(tenant.id);
    expect(await login(tenant.id, user.email, "000000" === code ? "111111" : "000000")).toEqual({
      ok: false,
      reason: "second_factor_invalid",
    });
    expect(await login(tenant.id, user.email, code)).toMatchObject({ ok: true });
    expect(await login(tenant.id, user.email, code)).toMatchObject({ ok: false });
  });

  it("does not ask for a code when the tenant's policy is off", async () => {
    const { tenant, user } = await customerWithPhone("OFF", true);
    expect(await login(tenant.id, user.email)).toMatchObject({ ok: true });
  });

  it("asks a customer who chose SMS codes under an optional policy", async () => {
    const { tenant, user } = await customerWithPhone("OPTIONAL", true);
    expect(await login(tenant.id, user.email)).toEqual({ ok: false, reason: "second_factor_required", method: "sms" });
  });

  it("sends no SMS for a wrong password", async () => {
    const { tenant, user } = await customerWithPhone("REQUIRED");
    expect(await login(tenant.id, user.email, undefined, "falsches-passwort-9")).toEqual({ ok: false, reason: "invalid" });
    expect(await db.outboxMessage.count({ where: { tenantId: tenant.id, channel: "SMS" } })).toBe(0);
  });
});
