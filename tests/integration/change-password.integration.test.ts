import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { changePassword } from "@/lib/data/account/change-password";
import { findPasswordResetToken } from "@/lib/data/account/find-password-reset-token";
import { logOutEverywhere } from "@/lib/data/account/log-out-everywhere";
import { requestPasswordReset } from "@/lib/data/account/request-password-reset";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { createCustomer, createCustomerUser, createStaff, createTenant, TEST_PASSWORD } from "../setup/factories";
import { contextFor, freshSession } from "../setup/request-context";

const NEW_PASSWORD = "Wolkenkratzer-Kaffeetasse-Laterne-73";

let tenant: { id: string; slug: string };

beforeAll(async () => {
  tenant = await createTenant();
});

async function customer() {
  const c = await createCustomer(tenant.id);
  return createCustomerUser(tenant.id, c.id);
}

/** A browser signed in now: each call is its next request, with the claims its cookie carries. */
async function browserOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { tenant: true } });
  clearTenantCache();
  const resolution = await resolveHost(`${user.tenant.slug}.localhost`);
  if (resolution.kind !== "tenant") throw new Error("tenant host did not resolve");
  const claims = { userId, tenantId: user.tenantId, kind: user.kind, sessionVersion: user.sessionVersion, ...freshSession() };
  return () => loadRequestContext({ tenant: resolution.tenant, claims });
}

const userState = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

describe("changing the password", () => {
  it("password change kills another session's next request", async () => {
    const user = await customer();
    const laptop = await browserOf(user.id);
    const phone = await browserOf(user.id);
    const ctx = await laptop();
    expect(await phone()).not.toBeNull();

    expect(await changePassword(ctx, { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD })).toEqual({
      ok: true,
      email: user.email,
    });
    expect(await phone()).toBeNull();
    expect(await laptop()).toBeNull();
    const after = await userState(user.id);
    expect(await verifyPassword(after.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    // The browser that changed it signs in again and gets a valid session with the new version.
    expect(await (await browserOf(user.id))()).not.toBeNull();

    expect(await db.auditLog.count({ where: { actorUserId: user.id, action: "auth.password_changed" } })).toBe(1);
    const notice = await db.outboxMessage.findFirst({
      where: { recipient: user.email, payload: { path: ["subject"], string_starts_with: "Ihr Passwort wurde geändert" } },
    });
    expect(notice).not.toBeNull();
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await customer();
    const before = await userState(user.id);
    const ctx = await contextFor(user.id);
    expect(await changePassword(ctx, { currentPassword: "falsch-falsch-falsch", password: NEW_PASSWORD })).toEqual({
      ok: false,
      field: "currentPassword",
      message: "account.errors.currentPasswordWrong",
    });
    expect(await userState(user.id)).toEqual(before);
    expect(await db.outboxMessage.count({ where: { recipient: user.email } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorUserId: user.id, action: "auth.password_change_failed" } })).toBe(1);
  });

  it("refuses a weak or personal new password and changes nothing", async () => {
    const staff = await createStaff(tenant.id, { role: "advisor", firstName: "Hildegard", lastName: "Sonnenberg" });
    const before = await userState(staff.id);
    const ctx = await contextFor(staff.id);
    for (const password of ["123456789012", "kurz", "hildegard-sonnenberg-2026"]) {
      expect(await changePassword(ctx, { currentPassword: TEST_PASSWORD, password })).toMatchObject({
        ok: false,
        field: "password",
      });
    }
    expect(await userState(staff.id)).toEqual(before);
  });

  it("retires an outstanding reset link", async () => {
    const user = await customer();
    await requestPasswordReset({ tenantId: tenant.id, email: user.email });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipient: user.email } });
    const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec((mail.payload as { text: string }).text)?.[1] ?? "";
    expect(await findPasswordResetToken({ tenantId: tenant.id, token })).not.toBeNull();
    await changePassword(await contextFor(user.id), { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD });
    expect(await findPasswordResetToken({ tenantId: tenant.id, token })).toBeNull();
  });

  it("refuses anonymous callers", async () => {
    await expect(changePassword(null, { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});

describe("log out everywhere", () => {
  it("bumps the session version so every browser, this one included, is signed out", async () => {
    const staff = await createStaff(tenant.id, { role: "owner" });
    const before = await userState(staff.id);
    const desk = await browserOf(staff.id);
    const tablet = await browserOf(staff.id);
    const ctx = await desk();
    await logOutEverywhere(ctx);
    expect((await userState(staff.id)).sessionVersion).toBe(before.sessionVersion + 1);
    expect((await userState(staff.id)).passwordHash).toBe(before.passwordHash);
    expect(await desk()).toBeNull();
    expect(await tablet()).toBeNull();
    expect(await db.auditLog.count({ where: { actorUserId: staff.id, action: "auth.logout_everywhere" } })).toBe(1);
  });

  it("touches only the actor's own account", async () => {
    const me = await customer();
    const neighbour = await customer();
    const neighbourBrowser = await browserOf(neighbour.id);
    await logOutEverywhere(await contextFor(me.id));
    expect(await neighbourBrowser()).not.toBeNull();
    await expect(logOutEverywhere(null)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
