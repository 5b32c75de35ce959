import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { epochSeconds } from "@/lib/auth/totp/totp-settings";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { confirmTotpSetup } from "@/lib/data/second-factor/confirm-totp-setup";
import { disableOwnTotp } from "@/lib/data/second-factor/disable-own-totp";
import { getSecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import { regenerateRecoveryCodes } from "@/lib/data/second-factor/regenerate-recovery-codes";
import { setSmsSecondFactor } from "@/lib/data/second-factor/set-sms-second-factor";
import { startTotpSetup } from "@/lib/data/second-factor/start-totp-setup";
import type { Prisma } from "@/lib/db/generated/client";
import { contextFor } from "../setup/request-context";
import { createCustomer, createCustomerUser, createStaff, createTenant, TEST_PASSWORD } from "../setup/factories";

afterEach(() => setClockOffset(0));

const VERIFIED_PHONE = { phone: "+491701234567", phoneVerifiedAt: new Date() };

async function customerLogin(
  policy: "OFF" | "OPTIONAL" | "REQUIRED" = "OPTIONAL",
  overrides: Partial<Prisma.UserUncheckedCreateInput> = {},
) {
  const tenant = await createTenant({ customer2faPolicy: policy });
  const customer = await createCustomer(tenant.id);
  const user = await createCustomerUser(tenant.id, customer.id, { password: TEST_PASSWORD, ...overrides });
  return { tenant, user };
}

/** Enrols TOTP through the settings functions, one step in the past so a later login uses a fresh step. */
async function enrolTotp(userId: string, currentPassword?: string) {
  const ctx = await contextFor(userId);
  const offer = await startTotpSetup(ctx);
  setClockOffset(-60_000);
  const code = await generate({ secret: offer.secret, epoch: epochSeconds() });
  const result = await confirmTotpSetup(ctx, { sealed: offer.sealed, code, currentPassword });
  setClockOffset(0);
  return { offer, result };
}

const login = (tenantId: string, email: string, secondFactorCode?: string) =>
  authenticateWithPassword({
    tenantId,
    identifier: email,
    password: TEST_PASSWORD,
    secondFactorCode,
    ip: null,
    userAgent: "vitest",
  });

const noticeMails = (tenantId: string, to: string) =>
  db.outboxMessage.count({
    where: { tenantId, recipient: to, payload: { path: ["subject"], equals: "Ihre Sicherheitseinstellungen wurden geändert" } },
  });

describe("second-factor settings", () => {
  it("lets a customer enrol TOTP, after which sign-in asks for a TOTP code", async () => {
    const { tenant, user } = await customerLogin();
    expect((await getSecondFactorStatus(await contextFor(user.id))).totpEnabledAt).toBeNull();
    const { offer, result } = await enrolTotp(user.id);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.data.recoveryCodes).toHaveLength(10);

    expect(await login(tenant.id, user.email)).toEqual({ ok: false, reason: "second_factor_required", method: "totp" });
    const code = await generate({ secret: offer.secret, epoch: epochSeconds() });
    expect(await login(tenant.id, user.email, code)).toMatchObject({ ok: true });

    const status = await getSecondFactorStatus(await contextFor(user.id));
    expect(status.totpEnabledAt).toBeInstanceOf(Date);
    expect(status.unusedRecoveryCodes).toBe(10);
    expect(await noticeMails(tenant.id, user.email)).toBe(1);
  });

  it("refuses a wrong enrolment code and a secret sealed for another user, storing nothing", async () => {
    const { user } = await customerLogin();
    const other = await customerLogin();
    const ctx = await contextFor(user.id);
    const offer = await startTotpSetup(ctx);
    expect(await confirmTotpSetup(ctx, { sealed: offer.sealed, code: "000000" })).toMatchObject({ ok: false });
    const foreign = await startTotpSetup(await contextFor(other.user.id));
    const code = await generate({ secret: foreign.secret, epoch: epochSeconds() });
    expect(await confirmTotpSetup(ctx, { sealed: foreign.sealed, code })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
  });

  it("refuses recovery-code regeneration with a wrong password and changes nothing", async () => {
    const { tenant, user } = await customerLogin();
    const { result } = await enrolTotp(user.id);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const before = await db.recoveryCode.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });

    const refused = await regenerateRecoveryCodes(await contextFor(user.id), { currentPassword: "falsches-Passwort-9" });
    expect(refused).toEqual({ ok: false, error: "account.errors.currentPasswordWrong", field: "currentPassword" });
    expect(await db.recoveryCode.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await noticeMails(tenant.id, user.email)).toBe(1);

    const fresh = await regenerateRecoveryCodes(await contextFor(user.id), { currentPassword: TEST_PASSWORD });
    if (!fresh.ok) throw new Error(JSON.stringify(fresh.error));
    expect(fresh.data.recoveryCodes).toHaveLength(10);
    // An old code no longer signs in; a new one does.
    expect(await login(tenant.id, user.email, result.data.recoveryCodes[0])).toEqual({
      ok: false,
      reason: "second_factor_invalid",
    });
    expect(await login(tenant.id, user.email, fresh.data.recoveryCodes[0])).toMatchObject({ ok: true });
    expect(await noticeMails(tenant.id, user.email)).toBe(2);
  });

  it("does not let staff turn TOTP off, but lets them replace the authenticator with their password", async () => {
    const tenant = await createTenant();
    const staff = await createStaff(tenant.id, { role: "advisor", password: TEST_PASSWORD });
    const ctx = await contextFor(staff.id);
    expect((await getSecondFactorStatus(ctx)).disableRefusal).toBe("account.secondFactor.refusals.staffNeedsSecondFactor");
    expect(await disableOwnTotp(ctx, { currentPassword: TEST_PASSWORD })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).totpEnabledAt).not.toBeNull();

    expect((await enrolTotp(staff.id)).result).toMatchObject({ ok: false, field: "currentPassword" });
    const replaced = await enrolTotp(staff.id, TEST_PASSWORD);
    expect(replaced.result).toMatchObject({ ok: true });
    expect(await login(tenant.id, staff.email)).toMatchObject({ reason: "second_factor_required", method: "totp" });
    expect(
      await login(tenant.id, staff.email, await generate({ secret: replaced.offer.secret, epoch: epochSeconds() })),
    ).toMatchObject({ ok: true });
  });

  it("lets a customer turn TOTP off with the password only", async () => {
    const { tenant, user } = await customerLogin();
    await enrolTotp(user.id);
    const ctx = await contextFor(user.id);
    expect(await disableOwnTotp(ctx, { currentPassword: "falsches-Passwort-9" })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();

    expect(await disableOwnTotp(ctx, { currentPassword: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await login(tenant.id, user.email)).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "auth.totp_disabled" } })).toBe(1);
    expect(await noticeMails(tenant.id, user.email)).toBe(2);
  });

  it("refuses switching SMS codes on without a verified phone, and offers none when the policy is OFF", async () => {
    const { user } = await customerLogin("OPTIONAL", { phone: "+491701234567", phoneVerifiedAt: null });
    const refused = await setSmsSecondFactor(await contextFor(user.id), { enabled: true });
    expect(refused).toMatchObject({ ok: false, error: "account.secondFactor.refusals.smsNeedsPhone" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).smsSecondFactor).toBe(false);

    const off = await customerLogin("OFF", VERIFIED_PHONE);
    const offCtx = await contextFor(off.user.id);
    expect((await getSecondFactorStatus(offCtx)).sms?.offered).toBe(false);
    expect(await setSmsSecondFactor(offCtx, { enabled: true })).toMatchObject({ ok: false });
  });

  it("switches SMS codes on with a verified phone, and off only with the password", async () => {
    const { tenant, user } = await customerLogin("OPTIONAL", VERIFIED_PHONE);
    const ctx = await contextFor(user.id);
    expect(await setSmsSecondFactor(ctx, { enabled: true })).toEqual({ ok: true, data: { enabled: true } });
    expect(await login(tenant.id, user.email)).toEqual({ ok: false, reason: "second_factor_required", method: "sms" });
    expect(await setSmsSecondFactor(ctx, { enabled: false })).toMatchObject({ ok: false, field: "currentPassword" });
    expect(await setSmsSecondFactor(ctx, { enabled: false, currentPassword: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).smsSecondFactor).toBe(false);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: { startsWith: "auth.sms_second_factor" } } })).toBe(2);
  });

  it("applies policy REQUIRED: no TOTP off without SMS fallback, no SMS off without TOTP", async () => {
    const noPhone = await customerLogin("REQUIRED");
    await enrolTotp(noPhone.user.id);
    const noPhoneCtx = await contextFor(noPhone.user.id);
    expect((await getSecondFactorStatus(noPhoneCtx)).disableRefusal).toBe("account.secondFactor.refusals.requiredNeedsPhone");
    expect(await disableOwnTotp(noPhoneCtx, { currentPassword: TEST_PASSWORD })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: noPhone.user.id } })).totpEnabledAt).not.toBeNull();

    const withPhone = await customerLogin("REQUIRED", { ...VERIFIED_PHONE, smsSecondFactor: true });
    const ctx = await contextFor(withPhone.user.id);
    const refused = await setSmsSecondFactor(ctx, { enabled: false, currentPassword: TEST_PASSWORD });
    expect(refused).toMatchObject({ ok: false, error: "account.secondFactor.refusals.requiredNeedsTotp" });
    expect((await db.user.findUniqueOrThrow({ where: { id: withPhone.user.id } })).smsSecondFactor).toBe(true);

    // With a verified phone, TOTP may go: sign-in falls back to SMS codes.
    await enrolTotp(withPhone.user.id);
    expect(await disableOwnTotp(await contextFor(withPhone.user.id), { currentPassword: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await login(withPhone.tenant.id, withPhone.user.email)).toMatchObject({
      reason: "second_factor_required",
      method: "sms",
    });
  });

  it("never lets another tenant's context touch the user", async () => {
    const victim = await customerLogin();
    await enrolTotp(victim.user.id);
    const attacker = await customerLogin();
    await expect(contextFor(victim.user.id, attacker.tenant.slug)).rejects.toThrow();

    // Even a context of tenant B carrying A's user id (no real path produces it) reaches nothing.
    const ctxB = await contextFor(attacker.user.id);
    const forged = { ...ctxB, actor: { ...ctxB.actor, id: victim.user.id } };
    await expect(disableOwnTotp(forged, { currentPassword: TEST_PASSWORD })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(regenerateRecoveryCodes(forged, { currentPassword: TEST_PASSWORD })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setSmsSecondFactor(forged, { enabled: true })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getSecondFactorStatus(forged)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.user.id } })).totpEnabledAt).not.toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: victim.user.id, usedAt: null } })).toBe(10);
  });
});
