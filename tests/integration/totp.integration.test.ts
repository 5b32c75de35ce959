import { generate } from "otplib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { decryptSecret } from "@/lib/auth/secret-box";
import { confirmTotpEnrolment } from "@/lib/auth/totp/confirm-totp-enrolment";
import { createTotpEnrolment } from "@/lib/auth/totp/create-totp-enrolment";
import { disableTotp } from "@/lib/auth/totp/disable-totp";
import { epochSeconds } from "@/lib/auth/totp/totp-settings";
import { verifyTotpForUser } from "@/lib/auth/totp/verify-totp";
import { createStaff, createTenant } from "../setup/factories";

const STEP_MS = 30_000;

/** Puts the clock 10 s into a time step, so a test has 20 s before the step changes by itself. */
function startOfStepPlus10s(): number {
  const target = Math.ceil(Date.now() / STEP_MS) * STEP_MS + 10_000;
  return target - Date.now();
}

let baseOffset = 0;
function moveClock(steps: number) {
  baseOffset += steps * STEP_MS;
  setClockOffset(baseOffset);
}

/** The code an authenticator app shows at lib/clock's now (+ stepOffset steps). */
function codeAt(secret: string, stepOffset = 0): Promise<string> {
  return generate({ secret, epoch: epochSeconds() + stepOffset * 30 });
}

async function enrolledStaff() {
  const tenant = await createTenant();
  const staff = await createStaff(tenant.id, { role: "advisor", totpEnabledAt: null });
  const enrolment = await createTotpEnrolment({ issuer: tenant.name, accountName: staff.email });
  const confirmed = await db.$transaction(async (tx) =>
    confirmTotpEnrolment(tx, {
      tenantId: tenant.id,
      userId: staff.id,
      secret: enrolment.secret,
      code: await codeAt(enrolment.secret),
    }),
  );
  expect(confirmed.ok).toBe(true);
  return { tenant, staff, secret: enrolment.secret, confirmed };
}

beforeEach(() => {
  baseOffset = startOfStepPlus10s();
  setClockOffset(baseOffset);
});
afterEach(() => setClockOffset(0));

describe("TOTP enrolment", () => {
  it("creates a base32 secret, an otpauth URL with issuer and account, and a PNG QR code", async () => {
    const enrolment = await createTotpEnrolment({ issuer: "Makler Muster GmbH", accountName: "max@muster.example" });
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(enrolment.otpauthUrl);
    expect(url.protocol).toBe("otpauth:");
    expect(url.searchParams.get("secret")).toBe(enrolment.secret);
    expect(url.searchParams.get("issuer")).toBe("Makler Muster GmbH");
    expect(decodeURIComponent(url.pathname)).toContain("max@muster.example");
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it("refuses to confirm with a wrong code and changes nothing", async () => {
    const tenant = await createTenant();
    const staff = await createStaff(tenant.id, { role: "advisor", totpEnabledAt: null });
    const { secret } = await createTotpEnrolment({ issuer: tenant.name, accountName: staff.email });
    const wrong = String((Number(await codeAt(secret)) + 1) % 1_000_000).padStart(6, "0");
    const result = await db.$transaction((tx) =>
      confirmTotpEnrolment(tx, { tenantId: tenant.id, userId: staff.id, secret, code: wrong }),
    );
    expect(result).toEqual({ ok: false, error: "account.secondFactor.errors.codeWrong" });
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(user.totpSecret).toBeNull();
    expect(user.totpEnabledAt).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: staff.id } })).toBe(0);
  });

  it("stores the secret encrypted, bound to the user, and returns ten recovery codes", async () => {
    const { staff, secret, confirmed } = await enrolledStaff();
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(user.totpEnabledAt).not.toBeNull();
    expect(user.totpSecret).not.toBe(secret);
    expect(user.totpSecret).not.toContain(secret);
    expect(user.totpSecret).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decryptSecret(user.totpSecret ?? "", `totp:${staff.id}`)).toBe(secret);
    expect(() => decryptSecret(user.totpSecret ?? "", "totp:someone-else")).toThrow();
    const [version, iv, tag, ciphertext] = (user.totpSecret ?? "").split(".");
    const flipped = `${ciphertext?.[0] === "A" ? "B" : "A"}${ciphertext?.slice(1)}`;
    expect(() => decryptSecret([version, iv, tag, flipped].join("."), `totp:${staff.id}`)).toThrow();
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);
    const audit = await db.auditLog.findMany({ where: { entityId: staff.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["auth.totp_enabled", "auth.recovery_codes_generated"]));
  });

  it("refuses the enrolment code at the next login (same time step)", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    expect(await verifyTotpForUser(db, { tenantId: tenant.id, userId: staff.id, code: await codeAt(secret) })).toBe(false);
  });
});

describe("TOTP verification", () => {
  it("accepts a code once, refuses its replay, and accepts the next step's code", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    const who = { tenantId: tenant.id, userId: staff.id };

    moveClock(1);
    const code = await codeAt(secret);
    expect(await verifyTotpForUser(db, { ...who, code })).toBe(true);
    expect(await verifyTotpForUser(db, { ...who, code })).toBe(false);

    moveClock(1);
    expect(await verifyTotpForUser(db, { ...who, code: await codeAt(secret) })).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(user.totpLastUsedStep).toBe(Math.floor(epochSeconds() / 30));
  });

  it("accepts a code one step off for clock drift, but not two steps off", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    const who = { tenantId: tenant.id, userId: staff.id };
    moveClock(5);
    expect(await verifyTotpForUser(db, { ...who, code: await codeAt(secret, -2) })).toBe(false);
    expect(await verifyTotpForUser(db, { ...who, code: await codeAt(secret, -1) })).toBe(true);
    expect(await verifyTotpForUser(db, { ...who, code: await codeAt(secret, 2) })).toBe(false);
    expect(await verifyTotpForUser(db, { ...who, code: await codeAt(secret, 1) })).toBe(true);
  });

  it("refuses an older code still inside the window once a newer step was used", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    const who = { tenantId: tenant.id, userId: staff.id };
    moveClock(3);
    const older = await codeAt(secret, -1);
    expect(await verifyTotpForUser(db, { ...who, code: await codeAt(secret) })).toBe(true);
    expect(await verifyTotpForUser(db, { ...who, code: older })).toBe(false);
  });

  it("lets only one of two simultaneous logins with the same code through", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    moveClock(1);
    const code = await codeAt(secret);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => verifyTotpForUser(db, { tenantId: tenant.id, userId: staff.id, code })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses wrong and malformed codes", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    const who = { tenantId: tenant.id, userId: staff.id };
    moveClock(1);
    const right = await codeAt(secret);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    for (const code of [wrong, "", "12345", "1234567", "abcdef"]) {
      expect(await verifyTotpForUser(db, { ...who, code })).toBe(false);
    }
    // spaces as the app shows them are fine
    expect(await verifyTotpForUser(db, { ...who, code: `${right.slice(0, 3)} ${right.slice(3)}` })).toBe(true);
  });

  it("refuses a user id of another tenant and records nothing", async () => {
    const { staff, secret } = await enrolledStaff();
    const other = await createTenant();
    moveClock(1);
    const before = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(await verifyTotpForUser(db, { tenantId: other.id, userId: staff.id, code: await codeAt(secret) })).toBe(false);
    const after = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(after.totpLastUsedStep).toBe(before.totpLastUsedStep);
  });

  it("refuses a secret copied into another user's row", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    const victim = await createStaff(tenant.id, { role: "advisor", totpEnabledAt: null });
    const { totpSecret } = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    await db.user.update({ where: { id: victim.id }, data: { totpSecret, totpEnabledAt: new Date() } });
    moveClock(1);
    await expect(verifyTotpForUser(db, { tenantId: tenant.id, userId: victim.id, code: await codeAt(secret) })).rejects.toThrow();
  });

  it("refuses codes after TOTP was disabled and removes the recovery codes", async () => {
    const { tenant, staff, secret } = await enrolledStaff();
    expect(await db.$transaction((tx) => disableTotp(tx, { tenantId: tenant.id, userId: staff.id }))).toBe(true);
    moveClock(1);
    expect(await verifyTotpForUser(db, { tenantId: tenant.id, userId: staff.id, code: await codeAt(secret) })).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect([user.totpSecret, user.totpEnabledAt, user.totpLastUsedStep]).toEqual([null, null, null]);
    expect(await db.recoveryCode.count({ where: { userId: staff.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: staff.id, action: "auth.totp_disabled" } })).toBe(1);
  });

  it("refuses to disable TOTP for a user id of another tenant", async () => {
    const { staff } = await enrolledStaff();
    const other = await createTenant();
    expect(await db.$transaction((tx) => disableTotp(tx, { tenantId: other.id, userId: staff.id }))).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(user.totpEnabledAt).not.toBeNull();
  });
});
