import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { THROTTLE } from "@/lib/auth/login-throttle";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { checkOperatorPassword } from "@/lib/platform/auth/check-operator-password";
import { completeOperatorSignIn } from "@/lib/platform/auth/complete-operator-sign-in";
import { confirmOperatorEnrolment, startOperatorEnrolment } from "@/lib/platform/auth/operator-enrolment";
import { TEST_PASSWORD, uniqueSuffix } from "../setup/factories";
import { clockInTotpStep, createTestOperator, totpCode } from "../setup/platform-fixtures";

const META = { ip: "203.0.113.7", userAgent: "Testbrowser/1.0" };
let moveClock: (ms: number) => void;

beforeEach(() => {
  moveClock = clockInTotpStep();
});
afterEach(() => setClockOffset(0));

/** The platform-level audit rows about one operator, oldest first. */
function operatorRows(operatorId: string) {
  return db.auditLog.findMany({ where: { tenantId: null, entityId: operatorId }, orderBy: { id: "asc" } });
}

/** Everything stored in audit rows, as text (the id is a BigInt). */
const stored = (rows: { id: bigint }[]) => JSON.stringify(rows.map(({ id: _id, ...row }) => row));

async function ticketFor(email: string) {
  const result = await checkOperatorPassword({ email, password: TEST_PASSWORD }, META);
  if (!result.ok) throw new Error("password step refused");
  return result.ticket;
}

describe("the operator sign-in audit trail", () => {
  it("records a completed sign-in with address and browser, without a tenant", async () => {
    const operator = await createTestOperator();
    const signedIn = await completeOperatorSignIn(
      await ticketFor(operator.email),
      { code: await totpCode(operator.secret!) },
      META,
    );
    expect(signedIn.ok).toBe(true);
    const rows = await operatorRows(operator.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "platform.operatorSignedIn",
      tenantId: null,
      actorKind: "platform",
      actorUserId: null,
      ip: META.ip,
      userAgent: META.userAgent,
      data: { operatorId: operator.id },
    });
  });

  it("records wrong passwords and codes with the operator's id but never what was typed", async () => {
    const operator = await createTestOperator();
    await checkOperatorPassword({ email: operator.email, password: "Geraten-Passwort-1" }, META);
    await completeOperatorSignIn(await ticketFor(operator.email), { code: "000111" }, META);
    const rows = await operatorRows(operator.id);
    expect(rows.map((r) => [r.action, r.data])).toEqual([
      ["platform.operatorSignInFailed", { operatorId: operator.id, reason: "wrongPassword" }],
      ["platform.operatorSignInFailed", { operatorId: operator.id, reason: "wrongCode" }],
    ]);
    expect(stored(rows)).not.toMatch(/Geraten-Passwort-1|000111/);
  });

  it("records an attempt for an unknown address without the address in readable form", async () => {
    const suffix = uniqueSuffix();
    const email = `unbekannt-${suffix}@plattform.example`;
    await checkOperatorPassword({ email, password: "Geraten-Passwort-2" }, { ...META, userAgent: `Testbrowser/${suffix}` });
    const row = await db.auditLog.findFirstOrThrow({ where: { tenantId: null, userAgent: `Testbrowser/${suffix}` } });
    expect(row).toMatchObject({ actorKind: "platform", actorUserId: null, entityId: null });
    expect(row.data).toMatchObject({ reason: "unknownEmail" });
    expect(row.data).not.toHaveProperty("operatorId");
    expect(stored([row])).not.toContain(email);
    expect(stored([row])).not.toContain("Geraten-Passwort-2");
  });

  it("records setting up the authenticator app at the first sign-in", async () => {
    const operator = await createTestOperator({ enrolled: false });
    const ticket = await ticketFor(operator.email);
    const offer = await startOperatorEnrolment(ticket, "Plattform-Verwaltung");
    if (!offer) throw new Error("no enrolment offer");
    const enrolled = await confirmOperatorEnrolment(ticket, { sealed: offer.sealed, code: await totpCode(offer.secret) }, META);
    expect(enrolled.ok).toBe(true);
    const rows = await operatorRows(operator.id);
    expect(rows.map((r) => r.action)).toEqual(["platform.operatorTotpEnrolled", "platform.operatorSignedIn"]);
    expect(rows[0]).toMatchObject({ ip: META.ip, data: { operatorId: operator.id } });
    expect(stored(rows)).not.toContain(offer.secret);
  });
});

describe("when the sign-in delay starts", () => {
  it("records it and e-mails the operator once, in neutral words", async () => {
    const operator = await createTestOperator();
    const guess = (i: number) => checkOperatorPassword({ email: operator.email, password: `Geraten-${i}-Passwort` }, META);
    // the free failures: no delay, no notice
    for (let i = 0; i < THROTTLE.account.freeFailures; i++) await guess(i);
    const notices = () => db.outboxMessage.findMany({ where: { tenantId: null, recipient: operator.email } });
    expect(await notices()).toHaveLength(0);

    await guess(10); // the delay starts after this one
    await guess(11); // refused while it runs
    moveClock(1_500);
    await guess(12); // a further failure once the delay has passed: the delay grows, no new notice

    const actions = (await operatorRows(operator.id)).map((r) => r.action);
    expect(actions.filter((a) => a === "platform.operatorThrottled")).toHaveLength(1);
    const sent = await notices();
    expect(sent).toHaveLength(1);
    const payload = sent[0]!.payload as { subject: string; text: string };
    expect(payload.subject).toBe("Mehrere fehlgeschlagene Anmeldeversuche in der Plattform-Verwaltung");
    expect(payload.text).toContain("vorübergehend verzögert");
    // nothing an attacker (or a reader of the mailbox) could use
    expect(payload.text).not.toContain(META.ip);
    expect(payload.text).not.toMatch(/Geraten-|\d+ (Versuch|Sekunde)/);
  });
});
