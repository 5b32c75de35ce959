import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { findPasswordResetToken } from "@/lib/data/account/find-password-reset-token";
import {
  MAX_RESET_MAILS_PER_HOUR,
  PASSWORD_RESET_REQUESTED_MESSAGE,
  requestPasswordReset,
} from "@/lib/data/account/request-password-reset";
import { resetPasswordWithToken } from "@/lib/data/account/reset-password-with-token";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { createCustomer, createCustomerUser, createStaff, createTenant, TEST_PASSWORD } from "../setup/factories";
import { freshSession } from "../setup/request-context";

const NEW_PASSWORD = "Wolkenkratzer-Kaffeetasse-Laterne-73";

type Tenant = { id: string; slug: string; name: string };
let tenantA: Tenant;
let tenantB: Tenant;

beforeAll(async () => {
  tenantA = await createTenant();
  tenantB = await createTenant();
});

afterEach(() => setClockOffset(0));

async function customerOn(tenant: Tenant) {
  const customer = await createCustomer(tenant.id);
  return createCustomerUser(tenant.id, customer.id);
}

/** Requests a reset and returns the token from the queued e-mail (the only place it exists in clear). */
async function requestToken(tenantId: string, email: string): Promise<string> {
  await requestPasswordReset({ tenantId, email });
  const mail = await db.outboxMessage.findFirst({
    where: { tenantId, recipient: email, channel: "EMAIL" },
    orderBy: { createdAt: "desc" },
  });
  const text = (mail?.payload as { text?: string } | null)?.text ?? "";
  const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error("no reset link in the outbox");
  return token;
}

async function sessionOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { tenant: true } });
  clearTenantCache();
  const resolution = await resolveHost(`${user.tenant.slug}.localhost`);
  if (resolution.kind !== "tenant") throw new Error("tenant host did not resolve");
  const claims = { userId, tenantId: user.tenantId, kind: user.kind, sessionVersion: user.sessionVersion, ...freshSession() };
  // Each call is "the next request" of that browser, with the claims its cookie still carries.
  return () => loadRequestContext({ tenant: resolution.tenant, claims });
}

const userState = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { passwordHash: true, sessionVersion: true, failedLoginCount: true, lockedUntil: true },
  });

describe("requesting a password reset", () => {
  it("answers identically for unknown and known e-mails and queues a mail only for the known one", async () => {
    const user = await customerOn(tenantA);
    const unknown = `niemand-${user.id}@test.example`;
    const known = await requestPasswordReset({ tenantId: tenantA.id, email: user.email.toUpperCase() });
    const missing = await requestPasswordReset({ tenantId: tenantA.id, email: unknown });
    expect(known).toEqual(missing);
    expect(known).toEqual({ message: PASSWORD_RESET_REQUESTED_MESSAGE });

    expect(await db.outboxMessage.count({ where: { recipient: user.email } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { recipient: unknown } })).toBe(0);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipient: user.email } });
    expect((mail.payload as { text: string }).text).toContain(`http://${tenantA.slug}.localhost:`);
    const codes = await db.oneTimeCode.findMany({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(codes).toHaveLength(1);
    // Only the hash is stored, never the token from the link.
    expect((mail.payload as { text: string }).text).not.toContain(codes[0]?.codeHash);
    const audits = await db.auditLog.count({ where: { tenantId: tenantA.id, action: "auth.password_reset_requested" } });
    expect(audits).toBeGreaterThanOrEqual(2);
  });

  it("writes the mail in the account's language, else the tenant's", async () => {
    const english = await customerOn(tenantA);
    await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
    const german = await customerOn(tenantA);
    await requestPasswordReset({ tenantId: tenantA.id, email: english.email });
    await requestPasswordReset({ tenantId: tenantA.id, email: german.email });
    const subject = async (recipient: string) =>
      ((await db.outboxMessage.findFirstOrThrow({ where: { recipient } })).payload as { subject: string }).subject;
    expect(await subject(english.email)).toBe(`Reset your password – ${tenantA.name}`);
    expect(await subject(german.email)).toBe(`Passwort zurücksetzen – ${tenantA.name}`);
  });

  it("sends nothing for an account of another tenant or a disabled account", async () => {
    const other = await customerOn(tenantB);
    const disabled = await customerOn(tenantA);
    await db.user.update({ where: { id: disabled.id }, data: { status: "DISABLED" } });
    expect(await requestPasswordReset({ tenantId: tenantA.id, email: other.email })).toEqual({
      message: PASSWORD_RESET_REQUESTED_MESSAGE,
    });
    await requestPasswordReset({ tenantId: tenantA.id, email: disabled.email });
    expect(await db.outboxMessage.count({ where: { recipient: { in: [other.email, disabled.email] } } })).toBe(0);
  });

  it("silently stops after three mails per account and hour and resumes an hour later", async () => {
    const user = await customerOn(tenantA);
    for (let i = 0; i < MAX_RESET_MAILS_PER_HOUR + 2; i++) {
      expect(await requestPasswordReset({ tenantId: tenantA.id, email: user.email })).toEqual({
        message: PASSWORD_RESET_REQUESTED_MESSAGE,
      });
    }
    expect(await db.outboxMessage.count({ where: { recipient: user.email } })).toBe(MAX_RESET_MAILS_PER_HOUR);
    setClockOffset(61 * 60 * 1000);
    await requestPasswordReset({ tenantId: tenantA.id, email: user.email });
    expect(await db.outboxMessage.count({ where: { recipient: user.email } })).toBe(MAX_RESET_MAILS_PER_HOUR + 1);
  });

  it("keeps only the newest link usable", async () => {
    const user = await customerOn(tenantA);
    const first = await requestToken(tenantA.id, user.email);
    const second = await requestToken(tenantA.id, user.email);
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token: first })).toBeNull();
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token: second })).not.toBeNull();
  });
});

describe("resetting the password with the link", () => {
  it("sets the new password once, clears the lockout, notifies the owner and refuses the link a second time", async () => {
    const user = await customerOn(tenantA);
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 7, lockedUntil: new Date(Date.now() + 3600_000) } });
    await db.loginThrottle.create({
      data: { tenantId: tenantA.id, key: `account:${user.email}`, failures: 40, blockedUntil: new Date(Date.now() + 3600_000) },
    });
    const token = await requestToken(tenantA.id, user.email);
    // Opening the page (GET) reads the token without using it up.
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token })).toMatchObject({ userId: user.id });
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token })).toMatchObject({ userId: user.id });

    const result = await resetPasswordWithToken({ tenantId: tenantA.id, token, password: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, email: user.email });
    const after = await userState(user.id);
    expect(await verifyPassword(after.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.failedLoginCount).toBe(0);
    expect(after.lockedUntil).toBeNull();
    expect(await db.loginThrottle.count({ where: { tenantId: tenantA.id, key: `account:${user.email}` } })).toBe(0);
    const notice = await db.outboxMessage.findFirst({
      where: { recipient: user.email, payload: { path: ["subject"], string_starts_with: "Ihr Passwort wurde geändert" } },
    });
    expect(notice).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorUserId: user.id, action: "auth.password_reset" } })).toBe(1);

    expect(await resetPasswordWithToken({ tenantId: tenantA.id, token, password: "Ein-ganz-anderes-Passwort-99!" })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
    expect((await userState(user.id)).passwordHash).toBe(after.passwordHash);
  });

  it("refuses a link older than one hour", async () => {
    const user = await customerOn(tenantA);
    const before = await userState(user.id);
    const token = await requestToken(tenantA.id, user.email);
    setClockOffset(61 * 60 * 1000);
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token })).toBeNull();
    expect(await resetPasswordWithToken({ tenantId: tenantA.id, token, password: NEW_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
    expect(await userState(user.id)).toEqual(before);
  });

  it("refuses a link of tenant A on tenant B's host", async () => {
    const user = await customerOn(tenantA);
    const before = await userState(user.id);
    const token = await requestToken(tenantA.id, user.email);
    expect(await findPasswordResetToken({ tenantId: tenantB.id, token })).toBeNull();
    expect(await resetPasswordWithToken({ tenantId: tenantB.id, token, password: NEW_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
    expect(await userState(user.id)).toEqual(before);
    // Still usable where it belongs.
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token })).not.toBeNull();
  });

  it("refuses malformed and made-up tokens", async () => {
    for (const token of ["", "abc", "x".repeat(43), "../../etc/passwd", "a".repeat(10_000)]) {
      expect(await resetPasswordWithToken({ tenantId: tenantA.id, token, password: NEW_PASSWORD })).toEqual({
        ok: false,
        reason: "invalid_token",
      });
    }
  });

  it("refuses common, short, personal and overlong passwords and changes nothing", async () => {
    const customer = await createCustomer(tenantA.id);
    const user = await createCustomerUser(tenantA.id, customer.id, { firstName: "Gundula", lastName: "Wetterstein" });
    const before = await userState(user.id);
    const token = await requestToken(tenantA.id, user.email);
    for (const password of ["passwort123456", "kurz", "Gundula-Wetterstein-1987", "x".repeat(129)]) {
      const result = await resetPasswordWithToken({ tenantId: tenantA.id, token, password });
      expect(result).toMatchObject({ ok: false, reason: "weak_password" });
      if (!result.ok && result.reason === "weak_password") expect(result.message).toMatch(/^onboarding\.password\.validation\./);
    }
    expect(await userState(user.id)).toEqual(before);
    // The link survives a refused attempt, so the owner can try a better password.
    expect(await findPasswordResetToken({ tenantId: tenantA.id, token })).not.toBeNull();
  });

  it("ends every existing session of the account", async () => {
    const staff = await createStaff(tenantA.id, { role: "backoffice" });
    const otherBrowser = await sessionOf(staff.id);
    expect(await otherBrowser()).not.toBeNull();
    const token = await requestToken(tenantA.id, staff.email);
    expect(await resetPasswordWithToken({ tenantId: tenantA.id, token, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await otherBrowser()).toBeNull();
    // A sign-in after the reset gets a working session again.
    expect(await (await sessionOf(staff.id))()).not.toBeNull();
  });

  it("makes the previous password stop working", async () => {
    const user = await customerOn(tenantA);
    const token = await requestToken(tenantA.id, user.email);
    await resetPasswordWithToken({ tenantId: tenantA.id, token, password: NEW_PASSWORD });
    const { passwordHash } = await userState(user.id);
    expect(await verifyPassword(passwordHash ?? "", TEST_PASSWORD)).toBe(false);
  });
});
