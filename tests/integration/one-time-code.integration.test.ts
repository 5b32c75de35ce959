import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { codeThrottle } from "@/lib/auth/one-time-code/code-throttle";
import { issueOneTimeCode } from "@/lib/auth/one-time-code/issue-one-time-code";
import { verifyOneTimeCode } from "@/lib/auth/one-time-code/verify-one-time-code";
import { createCustomer, createTenant } from "../setup/factories";

const MINUTE = 60_000;
let tenantId: string;

async function newUser() {
  const customer = await createCustomer(tenantId);
  return db.user.create({
    data: { tenantId, customerId: customer.id, kind: "CUSTOMER", status: "INVITED", email: customer.email!.toLowerCase() },
  });
}

async function issue(userId: string) {
  const result = await db.$transaction((tx) =>
    issueOneTimeCode(tx, { tenantId, userId, purpose: "REGISTER_EMAIL", target: "x@test.example" }),
  );
  return result;
}

async function issueOk(userId: string) {
  const result = await issue(userId);
  if (!result.ok) throw new Error(`expected a code, got ${result.reason}`);
  return result.code;
}

const verify = (userId: string, code: string) =>
  db.$transaction((tx) => verifyOneTimeCode(tx, { tenantId, userId, purpose: "REGISTER_EMAIL", code }));

/** Any 6-digit string that is not the given code. */
const wrong = (code: string, n = 1) => String((Number(code) + n) % 1_000_000).padStart(6, "0");

beforeAll(async () => {
  tenantId = (await createTenant()).id;
});

afterEach(() => setClockOffset(0));

describe("one-time codes", () => {
  it("issues 6 CSPRNG digits and stores only a keyed hash", async () => {
    const user = await newUser();
    const code = await issueOk(user.id);
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.oneTimeCode.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(10 * MINUTE);
  });

  it("accepts the right code once and refuses a reused code", async () => {
    const user = await newUser();
    const code = await issueOk(user.id);
    expect(await verify(user.id, code)).toMatchObject({ ok: true });
    expect(await verify(user.id, code)).toEqual({ ok: false, reason: "no_code" });
  });

  it("refuses the 6th entry of a code after 5 wrong ones, even when it is right", async () => {
    const user = await newUser();
    const code = await issueOk(user.id);
    for (let i = 1; i <= 5; i++) {
      expect(await verify(user.id, wrong(code, i))).toEqual({ ok: false, reason: "wrong", attemptsLeft: 5 - i });
    }
    expect(await verify(user.id, code)).toEqual({ ok: false, reason: "used_up" });
    const row = await db.oneTimeCode.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.attempts).toBe(5);
    expect(row.consumedAt).toBeNull();
  });

  it("refuses an expired code (clock moved 11 minutes)", async () => {
    const user = await newUser();
    const code = await issueOk(user.id);
    setClockOffset(11 * MINUTE);
    expect(await verify(user.id, code)).toEqual({ ok: false, reason: "expired" });
  });

  it("invalidates the older code when a new one is issued", async () => {
    const user = await newUser();
    const first = await issueOk(user.id);
    setClockOffset(61_000);
    const second = await issueOk(user.id);
    if (first !== second) expect(await verify(user.id, first)).toMatchObject({ ok: false, reason: "wrong" });
    expect(await verify(user.id, second)).toMatchObject({ ok: true });
  });

  it("throttles resends to one per 60 seconds and returns the seconds to wait", async () => {
    const user = await newUser();
    await issueOk(user.id);
    const again = await issue(user.id);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.reason).toBe("throttled");
      expect(again.retryAfterSeconds).toBeGreaterThan(55);
      expect(again.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect(await db.oneTimeCode.count({ where: { userId: user.id } })).toBe(1);
    setClockOffset(61_000);
    expect((await issue(user.id)).ok).toBe(true);
  });

  it("allows at most 5 codes per hour", async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) {
      setClockOffset(i * 61_000);
      expect((await issue(user.id)).ok).toBe(true);
    }
    setClockOffset(5 * 61_000);
    const sixth = await issue(user.id);
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    // Waits until the first code of the hour leaves the window: about 55 minutes.
    if (!sixth.ok) expect(sixth.retryAfterSeconds).toBeGreaterThan(50 * 60);
    setClockOffset(61 * MINUTE);
    expect((await issue(user.id)).ok).toBe(true);
  });

  it("keeps the failure count across resends and locks after 10 wrong entries", async () => {
    const user = await newUser();
    const first = await issueOk(user.id);
    for (let i = 1; i <= 5; i++) await verify(user.id, wrong(first, i));
    setClockOffset(61_000);
    const second = await issueOk(user.id);
    for (let i = 1; i <= 4; i++) await verify(user.id, wrong(second, i));
    expect(await verify(user.id, wrong(second, 5))).toMatchObject({ ok: false, reason: "wrong" });

    const locked = await verify(user.id, second);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    setClockOffset(2 * 61_000);
    const resend = await issue(user.id);
    expect(resend).toMatchObject({ ok: false, reason: "locked" });
    if (!resend.ok) expect(resend.retryAfterSeconds).toBeGreaterThan(50 * 60);
    expect((await codeThrottle(db, { tenantId, userId: user.id, purpose: "REGISTER_EMAIL" })).lockedSeconds).toBeGreaterThan(0);

    // Once the failures leave the one-hour window, a new code works again.
    setClockOffset(62 * MINUTE);
    const fresh = await issueOk(user.id);
    expect(await verify(user.id, fresh)).toMatchObject({ ok: true });
  });

  it("keeps purposes and users apart", async () => {
    const a = await newUser();
    const b = await newUser();
    const codeA = await issueOk(a.id);
    expect(await verify(b.id, codeA)).toEqual({ ok: false, reason: "no_code" });
    const phone = await db.$transaction((tx) =>
      verifyOneTimeCode(tx, { tenantId, userId: a.id, purpose: "REGISTER_PHONE", code: codeA }),
    );
    expect(phone).toEqual({ ok: false, reason: "no_code" });
    expect(await verify(a.id, codeA)).toMatchObject({ ok: true });
  });
});
