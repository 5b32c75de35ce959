import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { verifyPassword } from "@/lib/auth/password";
import { completeRegistration } from "@/lib/data/invitations/complete-registration";
import { loadRegistration } from "@/lib/data/invitations/load-registration";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { sendRegistrationCode } from "@/lib/data/invitations/send-registration-code";
import { verifyRegistrationCode } from "@/lib/data/invitations/verify-registration-code";
import type { MessageKey, Msg } from "@/lib/i18n/message-key";
import { contextFor } from "../setup/request-context";
import { createCustomer, createStaff, createTenant, uniqueSuffix } from "../setup/factories";

const PASSWORD = "Lavendel-Wolke-Treppe-73";
let tenantId: string;
let otherTenantId: string;
let ownerId: string;
let advisorId: string;

type Invited = { token: string; email: string; customerId: string; userId: string };

async function invite(): Promise<Invited> {
  const suffix = uniqueSuffix();
  const customer = await createCustomer(tenantId, {
    firstName: "Sophie",
    lastName: `Wagner${suffix}`,
    email: `sophie.${suffix}@test.example`,
    mobile: "+491725551234",
    advisorId,
  });
  const result = await sendInvitation(await contextFor(ownerId), { customerId: customer.id });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const email = customer.email!;
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, recipient: email }, orderBy: { createdAt: "desc" } });
  const token = /\/register\/([A-Za-z0-9_-]{43})/.exec((mail.payload as { text: string }).text)![1]!;
  const user = await db.user.findFirstOrThrow({ where: { tenantId, customerId: customer.id } });
  return { token, email, customerId: customer.id, userId: user.id };
}

/** The code from the newest queued message to this recipient (what the dev mailbox would show). */
async function lastCode(recipient: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, recipient }, orderBy: { createdAt: "desc" } });
  return /\b(\d{6})\b/.exec((message.payload as { text: string }).text)![1]!;
}

async function confirmEmail(inv: Invited) {
  expect(await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" })).toMatchObject({ ok: true });
  const code = await lastCode(inv.email);
  expect(await verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code })).toEqual({
    ok: true,
    data: { nextStep: "PHONE_CODE" },
  });
}

async function confirmPhone(inv: Invited) {
  expect(await sendRegistrationCode({ tenantId, token: inv.token, step: "PHONE_CODE" })).toMatchObject({ ok: true });
  const code = await lastCode("+491725551234");
  expect(await verifyRegistrationCode({ tenantId, token: inv.token, step: "PHONE_CODE", code })).toEqual({
    ok: true,
    data: { nextStep: "PASSWORD" },
  });
}

/** Everything a registration step could change for this invitation. */
async function state(inv: Invited) {
  const [user, invitation, codes, outbox, audits, notifications] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: inv.userId } }),
    db.invitation.findFirstOrThrow({ where: { userId: inv.userId }, orderBy: { createdAt: "desc" } }),
    db.oneTimeCode.findMany({ where: { userId: inv.userId }, orderBy: { createdAt: "asc" } }),
    db.outboxMessage.count({ where: { tenantId } }),
    db.auditLog.count({ where: { tenantId } }),
    db.notification.count({ where: { tenantId } }),
  ]);
  return { user, invitation, codes, outbox, audits, notifications };
}

beforeAll(async () => {
  const tenant = await createTenant({ name: "Muster Makler", contactEmail: "service@makler.example" });
  tenantId = tenant.id;
  otherTenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
  advisorId = (await createStaff(tenantId, { role: "advisor" })).id;
});
afterEach(() => setClockOffset(0));

describe("three-step registration", () => {
  it("runs e-mail code, SMS code and password, then activates the account and notifies the advisor", async () => {
    const inv = await invite();
    const view = await loadRegistration({ tenantId, token: inv.token });
    expect(view).toMatchObject({ state: "open", progress: { step: "EMAIL_CODE", codeSent: false } });
    if (view.state === "open" && view.progress.step === "EMAIL_CODE") {
      expect(view.progress.maskedTarget).toMatch(/^s•+.@test\.example$/);
      expect(view.progress.maskedTarget).not.toContain(inv.email.split("@")[0]);
    }

    await confirmEmail(inv);
    const phoneView = await loadRegistration({ tenantId, token: inv.token });
    expect(phoneView).toMatchObject({ state: "open", progress: { step: "PHONE_CODE", maskedTarget: "+49 172 ••• ••34" } });

    await confirmPhone(inv);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, channel: "SMS" }, orderBy: { createdAt: "desc" } });
    expect(sms.recipient).toBe("+491725551234");

    expect(await completeRegistration({ tenantId, token: inv.token, password: PASSWORD, passwordRepeat: PASSWORD })).toEqual({
      ok: true,
      data: { email: inv.email },
    });
    const after = await state(inv);
    expect(after.user.status).toBe("ACTIVE");
    expect(after.user.emailVerifiedAt).not.toBeNull();
    expect(after.user.phoneVerifiedAt).not.toBeNull();
    expect(await verifyPassword(after.user.passwordHash!, PASSWORD)).toBe(true);
    expect(after.invitation).toMatchObject({ step: "DONE", acceptedAt: expect.any(Date) });
    const note = await db.notification.findFirst({ where: { tenantId, userId: advisorId, type: "registration.completed" } });
    // Stored as text in the advisor's language (here the tenant's German).
    expect(note?.title).toMatch(/^Sophie Wagner\S+ hat die Registrierung im Kundenportal abgeschlossen\.$/);
    const actions = (await db.auditLog.findMany({ where: { tenantId, actorUserId: inv.userId } })).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(["registration.code_sent", "registration.code_verified", "registration.completed"]),
    );
  });

  it("renders without sending, consuming or advancing anything (mail scanners prefetch links)", async () => {
    const inv = await invite();
    const before = await state(inv);
    for (let i = 0; i < 3; i++) await loadRegistration({ tenantId, token: inv.token });
    expect(await state(inv)).toEqual(before);
  });

  it("resumes at the stored step when the link is opened again", async () => {
    const inv = await invite();
    await confirmEmail(inv);
    expect(await loadRegistration({ tenantId, token: inv.token })).toMatchObject({ progress: { step: "PHONE_CODE" } });
    // Step 1 cannot be repeated (or reset) once done.
    const again = await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" });
    expect(again).toMatchObject({ ok: false, error: "onboarding.errors.staleStep" });
    await sendRegistrationCode({ tenantId, token: inv.token, step: "PHONE_CODE" });
    expect(await loadRegistration({ tenantId, token: inv.token })).toMatchObject({
      progress: { step: "PHONE_CODE", codeSent: true, resendWaitSeconds: expect.any(Number) },
    });
  });

  it("works exactly once", async () => {
    const inv = await invite();
    await confirmEmail(inv);
    await confirmPhone(inv);
    const [first, second] = await Promise.all([
      completeRegistration({ tenantId, token: inv.token, password: PASSWORD, passwordRepeat: PASSWORD }),
      completeRegistration({ tenantId, token: inv.token, password: `${PASSWORD}-x`, passwordRepeat: `${PASSWORD}-x` }),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(await loadRegistration({ tenantId, token: inv.token })).toMatchObject({ state: "used" });
    const third = await completeRegistration({ tenantId, token: inv.token, password: PASSWORD, passwordRepeat: PASSWORD });
    expect(third).toMatchObject({ ok: false, error: "onboarding.errors.alreadyRegistered" });
    expect(await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" })).toMatchObject({ ok: false });
  });

  it("refuses every step on another tenant's host and changes nothing", async () => {
    const inv = await invite();
    const before = await state(inv);
    expect(await loadRegistration({ tenantId: otherTenantId, token: inv.token })).toEqual({ state: "invalid" });
    const refused = { ok: false, error: "onboarding.errors.linkInvalid" };
    expect(await sendRegistrationCode({ tenantId: otherTenantId, token: inv.token, step: "EMAIL_CODE" })).toEqual(refused);
    expect(
      await verifyRegistrationCode({ tenantId: otherTenantId, token: inv.token, step: "EMAIL_CODE", code: "123456" }),
    ).toEqual(refused);
    expect(
      await completeRegistration({ tenantId: otherTenantId, token: inv.token, password: PASSWORD, passwordRepeat: PASSWORD }),
    ).toEqual(refused);
    expect(await state(inv)).toEqual(before);
  });

  it("does not allow skipping to the password step", async () => {
    const inv = await invite();
    const before = await state(inv);
    const result = await completeRegistration({ tenantId, token: inv.token, password: PASSWORD, passwordRepeat: PASSWORD });
    expect(result).toMatchObject({ ok: false, error: "onboarding.errors.staleStep" });
    expect(await verifyRegistrationCode({ tenantId, token: inv.token, step: "PHONE_CODE", code: "123456" })).toMatchObject({
      ok: false,
    });
    expect(await state(inv)).toEqual(before);
  });

  it("counts a wrong code and refuses an expired one", async () => {
    const inv = await invite();
    await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" });
    const code = await lastCode(inv.email);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code: wrong })).toEqual({
      ok: false,
      error: { key: "onboarding.errors.codeWrongAttempts", values: { attempts: 4 } },
      fieldErrors: { code: "onboarding.errors.codeWrong" },
    });
    setClockOffset(11 * 60_000);
    expect(await verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code })).toEqual({
      ok: false,
      error: "onboarding.errors.codeExpired",
    });
    expect(await loadRegistration({ tenantId, token: inv.token })).toMatchObject({
      progress: { step: "EMAIL_CODE", codeSent: false },
    });
  });

  it("throttles resending and reports the seconds to wait", async () => {
    const inv = await invite();
    expect(await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" })).toMatchObject({
      ok: true,
      data: { resendWaitSeconds: 60 },
    });
    const again = await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" });
    expect(again).toMatchObject({
      ok: false,
      error: { key: "onboarding.errors.resendWait", values: { seconds: expect.any(Number) } },
      retryAfterSeconds: expect.any(Number),
    });
    expect(await db.oneTimeCode.count({ where: { userId: inv.userId } })).toBe(1);
  });

  it("refuses a password containing the customer's name", async () => {
    const inv = await invite();
    await confirmEmail(inv);
    await confirmPhone(inv);
    const before = await state(inv);
    const result = await completeRegistration({
      tenantId,
      token: inv.token,
      password: "Sophie-ist-toll-2026!",
      passwordRepeat: "Sophie-ist-toll-2026!",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: "onboarding.password.validation.personal" } });
    expect(await state(inv)).toEqual(before);
  });
});

describe("bad input changes nothing", () => {
  it("answers malformed tokens, short or non-digit codes, huge or missing passwords with message keys", async () => {
    const inv = await invite();
    await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE" });
    const before = await state(inv);
    const huge = "x".repeat(10 * 1024);

    const cases: [string, Promise<{ ok: boolean; error?: Msg }>, MessageKey][] = [
      [
        "malformed token",
        sendRegistrationCode({ tenantId, token: "abc", step: "EMAIL_CODE" }),
        "onboarding.validation.linkInvalid",
      ],
      [
        "token with bad characters",
        sendRegistrationCode({ tenantId, token: `${"a".repeat(42)}!`, step: "EMAIL_CODE" }),
        "onboarding.validation.linkInvalid",
      ],
      ["unknown step", sendRegistrationCode({ tenantId, token: inv.token, step: "DONE" }), "onboarding.validation.unknownStep"],
      [
        "5-digit code",
        verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code: "12345" }),
        "onboarding.validation.codeFormat",
      ],
      [
        "letters",
        verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code: "12a45b" }),
        "onboarding.validation.codeFormat",
      ],
      [
        "missing code",
        verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code: undefined }),
        "onboarding.validation.codeRequired",
      ],
      [
        "10 kB code",
        verifyRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", code: huge }),
        "onboarding.validation.codeRequired",
      ],
      [
        "10 kB password",
        completeRegistration({ tenantId, token: inv.token, password: huge, passwordRepeat: huge }),
        "onboarding.password.validation.tooLong",
      ],
      [
        "missing password",
        completeRegistration({ tenantId, token: inv.token, password: undefined, passwordRepeat: undefined }),
        "onboarding.password.validation.required",
      ],
      [
        "different repeat",
        completeRegistration({ tenantId, token: inv.token, password: PASSWORD, passwordRepeat: `${PASSWORD}!` }),
        "onboarding.password.validation.mismatch",
      ],
      [
        "missing token",
        completeRegistration({ tenantId, token: undefined as unknown as string, password: PASSWORD, passwordRepeat: PASSWORD }),
        "onboarding.validation.linkInvalid",
      ],
    ];
    for (const [name, promise, message] of cases) {
      const result = await promise;
      expect(result.ok, name).toBe(false);
      expect(result.error, name).toBe(message);
    }
    expect(await state(inv)).toEqual(before);
  });
});

describe("languages", () => {
  it("sends the code in the language the visitor reads the page in", async () => {
    const inv = await invite();
    expect(await sendRegistrationCode({ tenantId, token: inv.token, step: "EMAIL_CODE", locale: "en-GB" })).toMatchObject({
      ok: true,
    });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { tenantId, recipient: inv.email },
      orderBy: { createdAt: "desc" },
    });
    expect((mail.payload as { subject: string }).subject).toMatch(/^Your verification code: \d{6}$/);
  });
});
