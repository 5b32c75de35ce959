import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { THROTTLE } from "@/lib/auth/login-throttle";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { checkOperatorPassword, SIGN_IN_FAILED } from "@/lib/platform/auth/check-operator-password";
import { CODE_WRONG, completeOperatorSignIn } from "@/lib/platform/auth/complete-operator-sign-in";
import { confirmOperatorEnrolment, startOperatorEnrolment } from "@/lib/platform/auth/operator-enrolment";
import { loadPlatformContext } from "@/lib/platform/platform-context";
import { DEMO_OPERATOR } from "@/prisma/seed/demo-logins";
import { seedPlatformOperator } from "@/prisma/seed/platform-operator";
import { TEST_PASSWORD } from "../setup/factories";
import { clockInTotpStep, createTestOperator, PLATFORM_HOST, totpCode } from "../setup/platform-fixtures";

const STEP_MS = 30_000;
let moveClock: (ms: number) => void;

beforeEach(() => {
  moveClock = clockInTotpStep();
});
afterEach(() => setClockOffset(0));

async function passwordStep(email: string, password = TEST_PASSWORD) {
  const result = await checkOperatorPassword({ email, password });
  if (!result.ok) throw new Error(`password step refused: ${JSON.stringify(result.error)}`);
  return result;
}

const contextFrom = (session: string) => loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: session });

describe("operator sign-in", () => {
  it("gives the same answer for an unknown address and a wrong password", async () => {
    const operator = await createTestOperator();
    const unknown = await checkOperatorPassword({ email: "niemand@plattform.example", password: TEST_PASSWORD });
    const wrong = await checkOperatorPassword({ email: operator.email, password: "Falsches-Passwort-123" });
    expect(unknown).toEqual({ ok: false, error: SIGN_IN_FAILED });
    expect(wrong).toEqual(unknown);
  });

  it("requires the authenticator code after the right password; the password alone opens nothing", async () => {
    const operator = await createTestOperator();
    const step1 = await passwordStep(` ${operator.email.toUpperCase()} `);
    expect(step1.next).toBe("code");
    // the login ticket is no session, and an enrolled operator cannot set up a new app with it
    expect(await contextFrom(step1.ticket)).toBeNull();
    expect(await startOperatorEnrolment(step1.ticket, "Plattform")).toBeNull();

    const wrong = await completeOperatorSignIn(step1.ticket, { code: "000000" });
    expect(wrong).toEqual({ ok: false, error: CODE_WRONG });
    const signedIn = await completeOperatorSignIn(step1.ticket, { code: await totpCode(operator.secret!) });
    if (!signedIn.ok) throw new Error("code refused");
    expect((await contextFrom(signedIn.session))?.operator).toEqual({
      id: operator.id,
      email: operator.email,
      name: operator.name,
    });
    expect((await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } })).lastLoginAt).not.toBeNull();
  });

  it("refuses a code that was used before, even with a fresh password step", async () => {
    const operator = await createTestOperator();
    const code = await totpCode(operator.secret!);
    expect((await completeOperatorSignIn((await passwordStep(operator.email)).ticket, { code })).ok).toBe(true);
    const replay = await completeOperatorSignIn((await passwordStep(operator.email)).ticket, { code });
    expect(replay).toEqual({ ok: false, error: CODE_WRONG });
    // the code of the next time step works
    moveClock(STEP_MS);
    expect(
      (await completeOperatorSignIn((await passwordStep(operator.email)).ticket, { code: await totpCode(operator.secret!) })).ok,
    ).toBe(true);
  });

  it("makes a new operator set up the authenticator app at the first sign-in", async () => {
    const operator = await createTestOperator({ enrolled: false });
    const step1 = await passwordStep(operator.email);
    expect(step1.next).toBe("enrol");
    // without an app there is no code step to skip to
    expect(await completeOperatorSignIn(step1.ticket, { code: "123456" })).toMatchObject({ ok: false, restart: true });

    const offer = await startOperatorEnrolment(step1.ticket, "Plattform-Verwaltung");
    if (!offer) throw new Error("no enrolment offer");
    expect(offer.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const code = await totpCode(offer.secret);

    expect(await confirmOperatorEnrolment(step1.ticket, { sealed: offer.sealed, code: "000000" })).toEqual({
      ok: false,
      error: CODE_WRONG,
    });
    const enrolled = await confirmOperatorEnrolment(step1.ticket, { sealed: offer.sealed, code });
    if (!enrolled.ok) throw new Error("enrolment refused");
    expect(await contextFrom(enrolled.session)).not.toBeNull();
    const row = await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(offer.secret);

    // the enrolment code counts as used, and the app cannot be replaced with the password alone
    const again = await passwordStep(operator.email);
    expect(again.next).toBe("code");
    expect(await completeOperatorSignIn(again.ticket, { code })).toEqual({ ok: false, error: CODE_WRONG });
    expect(await confirmOperatorEnrolment(again.ticket, { sealed: offer.sealed, code })).toMatchObject({
      ok: false,
      restart: true,
    });
  });

  it("refuses a disabled operator with the usual answer and ends their open sign-in", async () => {
    const disabled = await createTestOperator({ disabled: true });
    expect(await checkOperatorPassword({ email: disabled.email, password: TEST_PASSWORD })).toEqual({
      ok: false,
      error: SIGN_IN_FAILED,
    });

    const operator = await createTestOperator();
    const step1 = await passwordStep(operator.email);
    await db.platformOperator.update({ where: { id: operator.id }, data: { disabledAt: new Date() } });
    expect(await completeOperatorSignIn(step1.ticket, { code: await totpCode(operator.secret!) })).toMatchObject({
      ok: false,
      restart: true,
    });
  });

  it("slows down guessing: after repeated wrong passwords even the right one waits", async () => {
    const operator = await createTestOperator();
    for (let i = 0; i < 4; i++) await checkOperatorPassword({ email: operator.email, password: `Falsch-${i}-Passwort` });
    expect(await checkOperatorPassword({ email: operator.email, password: TEST_PASSWORD })).toEqual({
      ok: false,
      error: SIGN_IN_FAILED,
    });
    moveClock(1_500);
    expect((await checkOperatorPassword({ email: operator.email, password: TEST_PASSWORD })).ok).toBe(true);
  });

  it("counts wrong codes towards the same delay", async () => {
    const operator = await createTestOperator();
    const { ticket } = await passwordStep(operator.email);
    for (let i = 0; i < 4; i++)
      expect(await completeOperatorSignIn(ticket, { code: "000000" })).toEqual({ ok: false, error: CODE_WRONG });
    const blocked = await completeOperatorSignIn(ticket, { code: await totpCode(operator.secret!) });
    expect(blocked).toMatchObject({ ok: false, error: { key: "platformAdmin.login.errors.wait" } });
    expect((await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } })).failedLoginCount).toBe(4);
  });

  // One delay window lets exactly one attempt through; before that, the free failures.
  const allowedAtOnce = THROTTLE.account.freeFailures + 1;

  it("checks only the allowed number of wrong passwords that arrive all at once", async () => {
    const operator = await createTestOperator();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => checkOperatorPassword({ email: operator.email, password: `Falsch-${i}-Passwort` })),
    );
    expect(answers).toEqual(Array(10).fill({ ok: false, error: SIGN_IN_FAILED }));
    // every checked guess counts; the others were refused before their password was looked at
    const row = await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } });
    expect(row.failedLoginCount).toBe(allowedAtOnce);
  });

  it("answers a burst of parallel code guesses with the delay after the allowed number", async () => {
    const operator = await createTestOperator();
    const { ticket } = await passwordStep(operator.email);
    const answers = await Promise.all(Array.from({ length: 10 }, () => completeOperatorSignIn(ticket, { code: "000000" })));
    const checked = answers.filter((answer) => !answer.ok && answer.error === CODE_WRONG);
    expect(checked).toHaveLength(allowedAtOnce);
    expect(answers.filter((answer) => !answer.ok && answer.error !== CODE_WRONG)).toEqual(
      Array(10 - allowedAtOnce).fill(
        expect.objectContaining({ error: expect.objectContaining({ key: "platformAdmin.login.errors.wait" }) }),
      ),
    );
  });

  it("lets the right password through after a few wrong ones without delaying the code step", async () => {
    const operator = await createTestOperator();
    for (let i = 0; i < THROTTLE.account.freeFailures; i++)
      await checkOperatorPassword({ email: operator.email, password: `Falsch-${i}-Passwort` });
    const { ticket } = await passwordStep(operator.email);
    expect((await completeOperatorSignIn(ticket, { code: await totpCode(operator.secret!) })).ok).toBe(true);
    expect((await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } })).failedLoginCount).toBe(0);
  });
});

describe("the demo operator", () => {
  it("is seeded once with the demo password and sets up the app at the first sign-in", async () => {
    await seedPlatformOperator(() => {});
    await seedPlatformOperator(() => {});
    expect(await db.platformOperator.count({ where: { email: DEMO_OPERATOR.email } })).toBe(1);
    const step1 = await checkOperatorPassword({ email: "betrieb@plattform.example", password: "Demo-Passwort-2026!" });
    expect(step1).toMatchObject({ ok: true, next: "enrol" });
  });
});
