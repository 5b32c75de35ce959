import { createHash } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getInvitationStates } from "@/lib/data/invitations/get-invitation-states";
import { loadRegistration } from "@/lib/data/invitations/load-registration";
import { requestNewInvitation } from "@/lib/data/invitations/request-new-invitation";
import { revokeInvitation } from "@/lib/data/invitations/revoke-invitation";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { sendRegistrationCode } from "@/lib/data/invitations/send-registration-code";
import { contextFor } from "../setup/request-context";
import { createCustomer, createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";

const HOUR = 60 * 60 * 1000;

type Tenant = Awaited<ReturnType<typeof buildTenant>>;

async function buildTenant() {
  const tenant = await createTenant({ contactEmail: "service@makler.example", contactPhone: "+49 821 123456" });
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenant, owner };
}

function invitable(tenantId: string, overrides: Parameters<typeof createCustomer>[1] = {}) {
  const suffix = uniqueSuffix();
  return createCustomer(tenantId, {
    firstName: "Sophie",
    lastName: `Wagner-${suffix}`,
    email: `Sophie.${suffix}@Test.example`,
    mobile: "+491725551234",
    ...overrides,
  });
}

/** The link from the queued invitation e-mail (the only place the plain token exists). */
async function linkFromOutbox(tenantId: string, email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { tenantId, channel: "EMAIL", recipient: email },
    orderBy: { createdAt: "desc" },
  });
  const text = (mail.payload as { text: string }).text;
  const link = /https?:\/\/\S+\/register\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  if (!link) throw new Error(`no link in ${text}`);
  return link;
}
const tokenOf = (link: string) => link.split("/").at(-1)!;

async function counts(tenantId: string) {
  const [users, invitations, outbox, audits, notifications] = await Promise.all([
    db.user.count({ where: { tenantId } }),
    db.invitation.count({ where: { tenantId } }),
    db.outboxMessage.count({ where: { tenantId } }),
    db.auditLog.count({ where: { tenantId } }),
    db.notification.count({ where: { tenantId } }),
  ]);
  return { users, invitations, outbox, audits, notifications };
}

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  a = await buildTenant();
  b = await buildTenant();
});
afterEach(() => setClockOffset(0));

describe("sending invitations", () => {
  it("creates an INVITED account from the customer record and stores only the token's hash", async () => {
    const customer = await invitable(a.tenant.id);
    const result = await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    expect(result.ok).toBe(true);

    const email = customer.email!.toLowerCase();
    const user = await db.user.findFirstOrThrow({ where: { tenantId: a.tenant.id, customerId: customer.id } });
    expect(user).toMatchObject({ kind: "CUSTOMER", status: "INVITED", email, phone: "+491725551234", passwordHash: null });

    const link = await linkFromOutbox(a.tenant.id, email);
    expect(link.startsWith(`http://${a.tenant.slug}.localhost:3000/register/`)).toBe(true);
    const token = tokenOf(link);
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(invitation.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(invitation.email).toBe(email);
    expect(invitation.step).toBe("EMAIL_CODE");
    // 48 hours, measured on the clock the rules use.
    expect(invitation.expiresAt.getTime() - invitation.sentAt!.getTime()).toBe(48 * HOUR);
    expect(await db.auditLog.count({ where: { action: "invitation.sent", entityId: invitation.id } })).toBe(1);
  });

  it("links to the tenant's verified primary domain when it has one", async () => {
    const { tenant, owner } = await buildTenant();
    const host = `portal-${uniqueSuffix()}.makler.example`;
    await db.domain.create({
      data: { tenantId: tenant.id, host, status: "VERIFIED", isPrimary: true, verificationToken: "t", verifiedAt: new Date() },
    });
    const customer = await invitable(tenant.id);
    expect((await sendInvitation(await contextFor(owner.id), { customerId: customer.id })).ok).toBe(true);
    expect(await linkFromOutbox(tenant.id, customer.email!.toLowerCase())).toMatch(new RegExp(`^http://${host}/register/`));
  });

  it("expires after 48 hours", async () => {
    const customer = await invitable(a.tenant.id);
    await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    const token = tokenOf(await linkFromOutbox(a.tenant.id, customer.email!.toLowerCase()));
    setClockOffset(47 * HOUR);
    expect((await loadRegistration({ tenantId: a.tenant.id, token })).state).toBe("open");
    setClockOffset(48 * HOUR + 1000);
    expect((await loadRegistration({ tenantId: a.tenant.id, token })).state).toBe("expired");
    const send = await sendRegistrationCode({ tenantId: a.tenant.id, token, step: "EMAIL_CODE" });
    expect(send).toMatchObject({ ok: false, error: "onboarding.errors.linkExpired" });
    expect(await db.oneTimeCode.count({ where: { tenantId: a.tenant.id, target: customer.email!.toLowerCase() } })).toBe(0);
  });

  it("writes the invitation in the recipient's language, else the tenant's", async () => {
    const customer = await invitable(a.tenant.id);
    const ctx = await contextFor(a.owner.id);
    const email = customer.email!.toLowerCase();
    const subject = async () =>
      (
        (
          await db.outboxMessage.findFirstOrThrow({
            where: { tenantId: a.tenant.id, recipient: email },
            orderBy: { createdAt: "desc" },
          })
        ).payload as { subject: string }
      ).subject;
    await sendInvitation(ctx, { customerId: customer.id });
    expect(await subject()).toMatch(/^Ihre Einladung zum Kundenportal von /);
    await db.user.updateMany({ where: { tenantId: a.tenant.id, email }, data: { locale: "en" } });
    setClockOffset(1000);
    await sendInvitation(ctx, { customerId: customer.id });
    expect(await subject()).toMatch(/^Your invitation to the customer portal of /);
  });

  it("revokes the older link when the broker invites again", async () => {
    const customer = await invitable(a.tenant.id);
    const ctx = await contextFor(a.owner.id);
    await sendInvitation(ctx, { customerId: customer.id });
    const first = tokenOf(await linkFromOutbox(a.tenant.id, customer.email!.toLowerCase()));
    setClockOffset(1000);
    expect((await sendInvitation(ctx, { customerId: customer.id })).ok).toBe(true);
    const second = tokenOf(await linkFromOutbox(a.tenant.id, customer.email!.toLowerCase()));
    expect(second).not.toBe(first);
    expect((await loadRegistration({ tenantId: a.tenant.id, token: first })).state).toBe("revoked");
    expect((await loadRegistration({ tenantId: a.tenant.id, token: second })).state).toBe("open");
    expect(await db.user.count({ where: { tenantId: a.tenant.id, customerId: customer.id } })).toBe(1);
  });

  it("refuses a customer without mobile number with a clear message and changes nothing", async () => {
    const customer = await invitable(a.tenant.id, { mobile: null });
    const before = await counts(a.tenant.id);
    const result = await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    expect(result).toEqual({ ok: false, error: "invitations.errors.noMobile" });
    expect(await counts(a.tenant.id)).toEqual(before);
  });

  it("refuses a customer without e-mail address", async () => {
    const customer = await invitable(a.tenant.id, { email: null });
    const before = await counts(a.tenant.id);
    const result = await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    expect(result).toEqual({ ok: false, error: "invitations.errors.noEmail" });
    expect(await counts(a.tenant.id)).toEqual(before);
  });

  it("refuses when another active account already uses the e-mail address", async () => {
    const other = await createCustomer(a.tenant.id);
    const taken = `taken-${uniqueSuffix()}@test.example`;
    await createCustomerUser(a.tenant.id, other.id, { email: taken });
    const customer = await invitable(a.tenant.id, { email: taken });
    const before = await counts(a.tenant.id);
    const result = await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    expect(result).toEqual({ ok: false, error: "invitations.errors.emailInUse" });
    expect(await counts(a.tenant.id)).toEqual(before);
  });

  it("refuses a customer who is already registered", async () => {
    const customer = await invitable(a.tenant.id);
    await createCustomerUser(a.tenant.id, customer.id);
    const result = await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    expect(result).toEqual({ ok: false, error: "invitations.errors.alreadyRegistered" });
  });

  it("does not let staff of another tenant invite a customer", async () => {
    const customer = await invitable(a.tenant.id);
    const beforeA = await counts(a.tenant.id);
    const beforeB = await counts(b.tenant.id);
    const result = await sendInvitation(await contextFor(b.owner.id), { customerId: customer.id });
    expect(result).toEqual({ ok: false, error: "invitations.errors.customerNotFound" });
    expect(await counts(a.tenant.id)).toEqual(beforeA);
    expect(await counts(b.tenant.id)).toEqual(beforeB);
  });

  it("limits advisors to their own customers and refuses partners without edit rights", async () => {
    const advisor = await createStaff(a.tenant.id, { role: "advisor" });
    const partner = await createStaff(a.tenant.id, { role: "partner" });
    const own = await invitable(a.tenant.id, { advisorId: advisor.id });
    const foreign = await invitable(a.tenant.id);
    expect((await sendInvitation(await contextFor(advisor.id), { customerId: foreign.id })).ok).toBe(false);
    expect((await sendInvitation(await contextFor(advisor.id), { customerId: own.id })).ok).toBe(true);
    const partnerOwn = await invitable(a.tenant.id, { advisorId: partner.id });
    expect(await sendInvitation(await contextFor(partner.id), { customerId: partnerOwn.id })).toEqual({
      ok: false,
      error: "invitations.errors.noRightToInvite",
    });
  });

  it("refuses customers and anonymous callers", async () => {
    const customer = await invitable(a.tenant.id);
    const login = await createCustomerUser(a.tenant.id, customer.id);
    await expect(sendInvitation(await contextFor(login.id), { customerId: customer.id })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(sendInvitation(null, { customerId: customer.id })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getInvitationStates(null, [customer.id])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(revokeInvitation(null, { customerId: customer.id })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("answers a malformed customer id with a message and changes nothing", async () => {
    const before = await counts(a.tenant.id);
    const result = await sendInvitation(await contextFor(a.owner.id), { customerId: "../../etc" });
    expect(result).toEqual({ ok: false, error: "invitations.errors.customerNotFound" });
    expect(await counts(a.tenant.id)).toEqual(before);
  });
});

describe("invitation states and follow-ups", () => {
  it("reports none, sent, expired and registered per customer", async () => {
    const ctx = await contextFor(a.owner.id);
    const none = await invitable(a.tenant.id);
    const sent = await invitable(a.tenant.id);
    const expired = await invitable(a.tenant.id);
    const registered = await invitable(a.tenant.id);
    await createCustomerUser(a.tenant.id, registered.id);
    await sendInvitation(ctx, { customerId: sent.id });
    await sendInvitation(ctx, { customerId: expired.id });
    await db.invitation.updateMany({
      where: { user: { customerId: expired.id } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const states = await getInvitationStates(ctx, [none.id, sent.id, expired.id, registered.id]);
    expect(states[none.id]).toEqual({ status: "none" });
    expect(states[sent.id]).toMatchObject({ status: "sent", sentAt: expect.any(Date) });
    expect(states[expired.id]).toMatchObject({ status: "expired" });
    expect(states[registered.id]).toEqual({ status: "registered" });
    // Another tenant's staff learns nothing about these customers.
    expect(await getInvitationStates(await contextFor(b.owner.id), [sent.id])).toEqual({});
  });

  it("revokes an open invitation", async () => {
    const ctx = await contextFor(a.owner.id);
    const customer = await invitable(a.tenant.id);
    await sendInvitation(ctx, { customerId: customer.id });
    const token = tokenOf(await linkFromOutbox(a.tenant.id, customer.email!.toLowerCase()));
    expect(await revokeInvitation(ctx, { customerId: customer.id })).toEqual({ ok: true, data: { revoked: 1 } });
    expect((await loadRegistration({ tenantId: a.tenant.id, token })).state).toBe("revoked");
    expect((await getInvitationStates(ctx, [customer.id]))[customer.id]).toEqual({ status: "none" });
    expect((await revokeInvitation(ctx, { customerId: customer.id })).ok).toBe(false);
  });

  it("lets the customer ask for a new link from the expired page, notifying the advisor once", async () => {
    const advisor = await createStaff(a.tenant.id, { role: "advisor" });
    await db.user.update({ where: { id: advisor.id }, data: { locale: "en" } });
    const customer = await invitable(a.tenant.id, { advisorId: advisor.id });
    await sendInvitation(await contextFor(a.owner.id), { customerId: customer.id });
    const token = tokenOf(await linkFromOutbox(a.tenant.id, customer.email!.toLowerCase()));

    expect((await requestNewInvitation({ tenantId: a.tenant.id, token })).ok).toBe(false); // still valid
    setClockOffset(49 * HOUR);
    const result = await requestNewInvitation({ tenantId: a.tenant.id, token });
    expect(result).toEqual({ ok: true, data: { message: "onboarding.requestLink.done" } });
    expect(await requestNewInvitation({ tenantId: a.tenant.id, token })).toMatchObject({ ok: true });
    const notes = await db.notification.findMany({
      where: { tenantId: a.tenant.id, type: "invitation.renewal_requested", userId: advisor.id },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.link).toBe(`/broker?q=${customer.customerNumber}`);
    // Stored as text, in the advisor's own language.
    expect(notes[0]!.title).toBe(`Sophie ${customer.lastName} is asking for a new invitation link.`);
    // Not on another tenant's host.
    expect(await requestNewInvitation({ tenantId: b.tenant.id, token })).toEqual({
      ok: false,
      error: "onboarding.errors.linkInvalid",
    });
  });

  it("notifies owners and admins when the customer has no advisor", async () => {
    const { tenant, owner } = await buildTenant();
    const admin = await createStaff(tenant.id, { role: "admin" });
    await createStaff(tenant.id, { role: "backoffice" });
    const customer = await invitable(tenant.id);
    await sendInvitation(await contextFor(owner.id), { customerId: customer.id });
    const token = tokenOf(await linkFromOutbox(tenant.id, customer.email!.toLowerCase()));
    setClockOffset(49 * HOUR);
    await requestNewInvitation({ tenantId: tenant.id, token });
    const recipients = (await db.notification.findMany({ where: { tenantId: tenant.id } })).map((n) => n.userId).sort();
    expect(recipients).toEqual([owner.id, admin.id].sort());
  });

  it("answers a malformed token on the request page without touching anything", async () => {
    const before = await counts(a.tenant.id);
    expect(await requestNewInvitation({ tenantId: a.tenant.id, token: "kurz" })).toEqual({
      ok: false,
      error: "onboarding.validation.linkInvalid",
    });
    expect(await counts(a.tenant.id)).toEqual(before);
  });
});
