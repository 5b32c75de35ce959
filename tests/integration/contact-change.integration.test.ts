import { beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { db } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { confirmContactChange } from "@/lib/data/contact-change/confirm-contact-change";
import { getContactSettings } from "@/lib/data/contact-change/get-contact-settings";
import { requestContactChange } from "@/lib/data/contact-change/request-contact-change";
import { createCustomer, createCustomerUser, createStaff, createTenant, TEST_PASSWORD, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let tenant: { id: string; slug: string };

beforeAll(async () => {
  tenant = await createTenant();
});

/** A customer login whose master record holds the same e-mail and mobile as the account. */
async function customerUser(phone: string | null = null) {
  const email = `login-${uniqueSuffix()}@test.example`;
  const customer = await createCustomer(tenant.id, { email, mobile: phone });
  const user = await createCustomerUser(tenant.id, customer.id, { email, phone, phoneVerifiedAt: phone ? new Date() : null });
  return { user, customer };
}

const newEmail = () => `neu-${uniqueSuffix()}@test.example`;
const newPhone = () => `+49170${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;

/** The code in the newest outbox message to this recipient (e-mail subject or SMS text). */
async function codeSentTo(recipient: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient }, orderBy: { createdAt: "desc" } });
  const payload = message.payload as { subject?: string; text: string };
  const code = /\b(\d{6})\b/.exec(message.channel === "EMAIL" ? (payload.subject ?? "") : payload.text)?.[1];
  if (!code) throw new Error("no code in message");
  return code;
}

const account = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { email: true, phone: true, emailVerifiedAt: true, phoneVerifiedAt: true },
  });
const outboxTo = (recipient: string) => db.outboxMessage.findMany({ where: { recipient }, orderBy: { createdAt: "asc" } });
const login = (identifier: string, password = TEST_PASSWORD) =>
  authenticateWithPassword({ tenantId: tenant.id, identifier, password, ip: null, userAgent: null });

describe("changing the login e-mail", () => {
  it("sends a code to the new address, then switches the login and notifies the old address", async () => {
    const { user, customer } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newEmail();

    const requested = await requestContactChange(ctx, "email", {
      newEmail: target.toUpperCase(),
      currentPassword: TEST_PASSWORD,
    });
    expect(requested).toMatchObject({ ok: true, channel: "email" });
    // Nothing changes before the code is confirmed; the page shows the pending address.
    expect((await account(user.id)).email).toBe(user.email);
    expect((await getContactSettings(ctx)).pending).toEqual({ email: target, phone: null });

    const code = await codeSentTo(target);
    expect(await confirmContactChange(ctx, { channel: "email", code })).toEqual({ ok: true, channel: "email", value: target });

    const after = await account(user.id);
    expect(after.email).toBe(target);
    expect(after.emailVerifiedAt).not.toBeNull();
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe(target);

    const notices = await outboxTo(user.email);
    expect(notices).toHaveLength(1);
    expect((notices[0]!.payload as { subject: string }).subject).toMatch(/^Ihre E-Mail-Adresse wurde geändert/);
    expect((await outboxTo(target)).map((m) => (m.payload as { subject: string }).subject)).toEqual([
      `Ihr Bestätigungscode: ${code}`,
    ]);
    const actions = await db.auditLog.findMany({ where: { actorUserId: user.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["auth.email_change_requested", "auth.email_changed"]));
    expect((await getContactSettings(ctx)).pending.email).toBeNull();

    // The old login e-mail stops working, the new one signs in.
    expect(await login(user.email)).toEqual({ ok: false, reason: "invalid" });
    expect(await login(target)).toMatchObject({ ok: true, claims: { userId: user.id } });
  });

  it("leaves the customer's master record alone when it held a different address", async () => {
    const customer = await createCustomer(tenant.id, { email: "buero@test.example" });
    const user = await createCustomerUser(tenant.id, customer.id);
    const ctx = await contextFor(user.id);
    const target = newEmail();
    await requestContactChange(ctx, "email", { newEmail: target, currentPassword: TEST_PASSWORD });
    expect(await confirmContactChange(ctx, { channel: "email", code: await codeSentTo(target) })).toMatchObject({ ok: true });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe("buero@test.example");
  });

  it("works for staff, whose account has no customer record", async () => {
    const staff = await createStaff(tenant.id, { role: "advisor" });
    const ctx = await contextFor(staff.id);
    const target = newEmail();
    await requestContactChange(ctx, "email", { newEmail: target, currentPassword: TEST_PASSWORD });
    expect(await confirmContactChange(ctx, { channel: "email", code: await codeSentTo(target) })).toMatchObject({ ok: true });
    expect((await account(staff.id)).email).toBe(target);
  });

  it("refuses a wrong current password and sends nothing", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newEmail();
    expect(await requestContactChange(ctx, "email", { newEmail: target, currentPassword: "falsch-falsch-falsch" })).toEqual({
      ok: false,
      field: "currentPassword",
      message: "account.errors.currentPasswordWrong",
    });
    expect(await outboxTo(target)).toHaveLength(0);
    expect(await outboxTo(user.email)).toHaveLength(0);
    expect(await db.oneTimeCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorUserId: user.id, action: "auth.reauthentication_failed" } })).toBe(1);
  });

  it("refuses an address another account of the tenant uses, but not one used at another broker", async () => {
    const { user } = await customerUser();
    const { user: other } = await customerUser();
    const ctx = await contextFor(user.id);
    expect(await requestContactChange(ctx, "email", { newEmail: other.email, currentPassword: TEST_PASSWORD })).toEqual({
      ok: false,
      field: "newEmail",
      message: "account.contact.errors.notUsable",
    });
    expect(await db.outboxMessage.count({ where: { recipient: other.email } })).toBe(0);

    const elsewhere = await createTenant();
    const foreign = await createCustomerUser(elsewhere.id, (await createCustomer(elsewhere.id)).id);
    expect(await requestContactChange(ctx, "email", { newEmail: foreign.email, currentPassword: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it("refuses the current address", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    expect(await requestContactChange(ctx, "email", { newEmail: user.email, currentPassword: TEST_PASSWORD })).toMatchObject({
      ok: false,
      field: "newEmail",
    });
  });

  it("refuses the confirmation when another account took the address in the meantime", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newEmail();
    await requestContactChange(ctx, "email", { newEmail: target, currentPassword: TEST_PASSWORD });
    await createCustomerUser(tenant.id, (await createCustomer(tenant.id)).id, { email: target });
    expect(await confirmContactChange(ctx, { channel: "email", code: await codeSentTo(target) })).toEqual({
      ok: false,
      field: "code",
      message: "account.contact.errors.notUsable",
    });
    expect((await account(user.id)).email).toBe(user.email);
  });

  it("throttles resending and says how long to wait", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    await requestContactChange(ctx, "email", { newEmail: newEmail(), currentPassword: TEST_PASSWORD });
    const again = await requestContactChange(ctx, "email", { newEmail: newEmail(), currentPassword: TEST_PASSWORD });
    expect(again).toMatchObject({
      ok: false,
      field: "form",
      message: { key: "account.contact.errors.resendWait", values: { unit: "seconds", count: expect.any(Number) } },
    });
    expect(again.ok === false && again.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("changing the mobile number", () => {
  it("sends an SMS code to the new number, then notifies by e-mail and by SMS to the old number", async () => {
    const oldPhone = newPhone();
    const { user, customer } = await customerUser(oldPhone);
    const ctx = await contextFor(user.id);
    const target = newPhone();

    const requested = await requestContactChange(ctx, "phone", {
      newPhone: `${target.slice(0, 3)} ${target.slice(3, 6)} ${target.slice(6)}`,
      currentPassword: TEST_PASSWORD,
    });
    expect(requested).toMatchObject({ ok: true, channel: "phone" });
    const code = await codeSentTo(target);
    expect((await outboxTo(target))[0]!.channel).toBe("SMS");

    expect(await confirmContactChange(ctx, { channel: "phone", code })).toEqual({ ok: true, channel: "phone", value: target });
    const after = await account(user.id);
    expect(after.phone).toBe(target);
    expect(after.phoneVerifiedAt).not.toBeNull();
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).mobile).toBe(target);

    const mail = await outboxTo(user.email);
    expect(mail.map((m) => (m.payload as { subject: string }).subject)).toEqual([
      expect.stringMatching(/^Ihre Mobilnummer wurde geändert/),
    ]);
    const sms = await outboxTo(oldPhone);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.channel).toBe("SMS");
    const actions = await db.auditLog.findMany({ where: { actorUserId: user.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["auth.phone_change_requested", "auth.phone_changed"]));
  });

  it("adds a first mobile number to an account without one", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newPhone();
    await requestContactChange(ctx, "phone", { newPhone: target, currentPassword: TEST_PASSWORD });
    expect(await confirmContactChange(ctx, { channel: "phone", code: await codeSentTo(target) })).toMatchObject({ ok: true });
    expect((await account(user.id)).phone).toBe(target);
  });

  it("refuses a wrong current password and sends nothing", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newPhone();
    expect(await requestContactChange(ctx, "phone", { newPhone: target, currentPassword: "nicht-mein-passwort" })).toMatchObject({
      ok: false,
      field: "currentPassword",
    });
    expect(await outboxTo(target)).toHaveLength(0);
    expect((await account(user.id)).phone).toBeNull();
  });
});

describe("codes are bound to their purpose and their user", () => {
  it("does not accept an e-mail change code for a phone change", async () => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newEmail();
    await requestContactChange(ctx, "email", { newEmail: target, currentPassword: TEST_PASSWORD });
    const code = await codeSentTo(target);
    expect(await confirmContactChange(ctx, { channel: "phone", code })).toMatchObject({ ok: false, field: "code" });
    expect(await account(user.id)).toMatchObject({ email: user.email, phone: null });
    // The e-mail code itself is still good for what it was sent for.
    expect(await confirmContactChange(ctx, { channel: "email", code })).toMatchObject({ ok: true });
  });

  it("does not accept a code issued to another user", async () => {
    const { user: alice } = await customerUser();
    const { user: bob } = await customerUser();
    const target = newEmail();
    await requestContactChange(await contextFor(alice.id), "email", { newEmail: target, currentPassword: TEST_PASSWORD });
    const code = await codeSentTo(target);
    // Bob has an open code of his own, so the refusal is about the binding, not a missing code.
    await requestContactChange(await contextFor(bob.id), "email", { newEmail: newEmail(), currentPassword: TEST_PASSWORD });
    expect(await confirmContactChange(await contextFor(bob.id), { channel: "email", code })).toMatchObject({
      ok: false,
      field: "code",
      message: { key: "account.contact.errors.codeWrong", values: { attemptsLeft: expect.any(Number) } },
    });
    expect((await account(bob.id)).email).toBe(bob.email);
    expect((await account(alice.id)).email).toBe(alice.email);
  });

  it("refuses every step without a signed-in user", async () => {
    await expect(requestContactChange(null, "email", { newEmail: newEmail(), currentPassword: TEST_PASSWORD })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(confirmContactChange(null, { channel: "email", code: "123456" })).rejects.toThrow(AccessDeniedError);
    await expect(getContactSettings(null)).rejects.toThrow(AccessDeniedError);
  });
});

describe("bad input", () => {
  const huge = "x".repeat(10_000);

  it.each([
    [
      "an invalid e-mail",
      "email",
      { newEmail: "kein-at-zeichen", currentPassword: TEST_PASSWORD },
      "newEmail",
      "account.validation.emailInvalid",
    ],
    [
      "a 10 kB e-mail",
      "email",
      { newEmail: `${huge}@test.example`, currentPassword: TEST_PASSWORD },
      "newEmail",
      "account.validation.emailTooLong",
    ],
    [
      "a 10 kB password",
      "email",
      { newEmail: "a@test.example", currentPassword: huge },
      "currentPassword",
      "account.validation.passwordTooLong",
    ],
    [
      "a missing password",
      "email",
      { newEmail: "a@test.example" },
      "currentPassword",
      "account.validation.currentPasswordRequired",
    ],
    [
      "an invalid mobile number",
      "phone",
      { newPhone: "0170 123", currentPassword: TEST_PASSWORD },
      "newPhone",
      "account.validation.phoneFormat",
    ],
    [
      "a 10 kB mobile number",
      "phone",
      { newPhone: huge, currentPassword: TEST_PASSWORD },
      "newPhone",
      "account.validation.phoneTooLong",
    ],
    ["a non-object", "email", "nonsense", "form", "common.errors.checkInput"],
  ] as const)("refuses %s with its message key and changes nothing", async (_name, channel, input, field, key) => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const result = await requestContactChange(ctx, channel, input);
    expect(result).toMatchObject({ ok: false, field, message: key });
    expect(await db.oneTimeCode.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await db.outboxMessage.count({ where: { tenantId: tenant.id, createdAt: { gt: user.createdAt }, recipient: user.email } }),
    ).toBe(0);
  });

  it.each([
    ["a 5-digit code", { channel: "email", code: "12345" }, "code"],
    ["a 10 kB code", { channel: "email", code: "1".repeat(10_000) }, "code"],
    ["letters", { channel: "phone", code: "abcdef" }, "code"],
    ["an unknown channel", { channel: "fax", code: "123456" }, "form"],
  ] as const)("refuses a confirmation with %s and changes nothing", async (_name, input, field) => {
    const { user } = await customerUser();
    const ctx = await contextFor(user.id);
    const target = newEmail();
    await requestContactChange(ctx, "email", { newEmail: target, currentPassword: TEST_PASSWORD });
    const result = await confirmContactChange(ctx, input);
    expect(result).toMatchObject({ ok: false, field, message: expect.any(String) });
    expect(await account(user.id)).toMatchObject({ email: user.email, phone: null });
    // A malformed entry is not a guess: the code keeps all its attempts.
    expect((await db.oneTimeCode.findFirstOrThrow({ where: { userId: user.id } })).attempts).toBe(0);
  });
});
