import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { completeRegistration } from "@/lib/data/invitations/complete-registration";
import { loadRegistration } from "@/lib/data/invitations/load-registration";
import { sendRegistrationCode } from "@/lib/data/invitations/send-registration-code";
import { verifyRegistrationCode } from "@/lib/data/invitations/verify-registration-code";
import { inviteStaff } from "@/lib/data/staff/invite-staff";
import { listStaff } from "@/lib/data/staff/list-staff";
import { resendStaffInvitation } from "@/lib/data/staff/resend-staff-invitation";
import { revokeStaffInvitation } from "@/lib/data/staff/revoke-staff-invitation";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { contextFor, freshSession } from "../setup/request-context";
import { createStaff, createTenant, uniqueSuffix } from "../setup/factories";

const PASSWORD = "Lavendel-Wolke-Treppe-73";
const MOBILE = "+49 171 5550199";
let tenantId: string;
let tenantSlug: string;
let otherTenantId: string;
let ownerId: string;
let adminId: string;
let advisorId: string;

function form(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    firstName: "Jonas",
    lastName: `Keller${suffix}`,
    email: `jonas.${suffix}@makler.example`,
    mobile: MOBILE,
    roleKey: "backoffice",
    ...overrides,
  };
}

/** The token from the newest invitation e-mail to this address. */
async function linkToken(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, recipient: email }, orderBy: { createdAt: "desc" } });
  return /\/register\/([A-Za-z0-9_-]{43})/.exec((mail.payload as { text: string }).text)![1]!;
}

async function lastCode(recipient: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, recipient }, orderBy: { createdAt: "desc" } });
  return /\b(\d{6})\b/.exec((message.payload as { text: string }).text)![1]!;
}

/** Everything an invitation call could change in the tenant. */
async function snapshot(t = tenantId) {
  const [users, invitations, outbox, audits] = await Promise.all([
    db.user.count({ where: { tenantId: t } }),
    db.invitation.findMany({ where: { tenantId: t }, select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db.outboxMessage.count({ where: { tenantId: t } }),
    db.auditLog.count({ where: { tenantId: t } }),
  ]);
  return { users, invitations, outbox, audits };
}

beforeAll(async () => {
  const tenant = await createTenant({ name: "Keller Makler" });
  tenantId = tenant.id;
  tenantSlug = tenant.slug;
  otherTenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
  adminId = (await createStaff(tenantId, { role: "admin" })).id;
  advisorId = (await createStaff(tenantId, { role: "advisor" })).id;
  // the back-office role row exists in the tenant (as with the seeded default roles)
  await createStaff(tenantId, { role: "backoffice" });
});

describe("staff invitations", () => {
  it("lets the owner invite a back-office member who registers in three steps and then must enrol TOTP", async () => {
    const input = form();
    const result = await inviteStaff(await contextFor(ownerId), input);
    expect(result).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({
      where: { tenantId_email: { tenantId, email: input.email } },
      include: { staffRole: true },
    });
    expect(user).toMatchObject({ kind: "STAFF", status: "INVITED", phone: "+491715550199", passwordHash: null });
    expect(user.staffRole?.key).toBe("backoffice");
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(invitation.expiresAt.getTime() - invitation.sentAt!.getTime()).toBe(48 * 60 * 60 * 1000);
    const token = await linkToken(input.email);
    expect(invitation.tokenHash).not.toContain(token);

    expect(await loadRegistration({ tenantId, token })).toMatchObject({ state: "open", progress: { step: "EMAIL_CODE" } });
    expect(await sendRegistrationCode({ tenantId, token, step: "EMAIL_CODE" })).toMatchObject({ ok: true });
    expect(await verifyRegistrationCode({ tenantId, token, step: "EMAIL_CODE", code: await lastCode(input.email) })).toEqual({
      ok: true,
      data: { nextStep: "PHONE_CODE" },
    });
    expect(await sendRegistrationCode({ tenantId, token, step: "PHONE_CODE" })).toMatchObject({ ok: true });
    expect(await verifyRegistrationCode({ tenantId, token, step: "PHONE_CODE", code: await lastCode("+491715550199") })).toEqual({
      ok: true,
      data: { nextStep: "PASSWORD" },
    });
    // staff go on to "/" after signing in, which sends them to the TOTP enrolment
    expect(await loadRegistration({ tenantId, token })).toMatchObject({
      state: "open",
      progress: { step: "PASSWORD", home: "/" },
    });
    expect(await completeRegistration({ tenantId, token, password: PASSWORD, passwordRepeat: PASSWORD })).toEqual({
      ok: true,
      data: { email: input.email },
    });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { staffRole: true } });
    expect(after).toMatchObject({ kind: "STAFF", status: "ACTIVE", totpEnabledAt: null, totpSecret: null });
    expect(after.staffRole?.key).toBe("backoffice");
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(true);
    const note = await db.notification.findFirst({ where: { tenantId, userId: ownerId, type: "registration.completed" } });
    expect(note?.link).toBe("/broker/staff");

    clearTenantCache();
    const host = await resolveHost(`${tenantSlug}.localhost`);
    if (host.kind !== "tenant") throw new Error("tenant host did not resolve");
    const claims = {
      userId: after.id,
      tenantId,
      kind: "STAFF" as const,
      sessionVersion: after.sessionVersion,
      ...freshSession(),
    };
    expect(await loadRequestContext({ tenant: host.tenant, claims })).toBeNull();

    const list = await listStaff(await contextFor(ownerId));
    expect(list.members.find((m) => m.id === user.id)).toMatchObject({
      access: { status: "active" },
      twoFactor: false,
      roleKey: "backoffice",
    });
  });

  it("lists staff with their invitation state for every staff member, but only owners and admins may invite", async () => {
    const input = form();
    await inviteStaff(await contextFor(adminId), input);
    const advisorView = await listStaff(await contextFor(advisorId));
    expect(advisorView.canInvite).toBe(false);
    expect(advisorView.assignableRoles).toEqual([]);
    const invited = advisorView.members.find((m) => m.email === input.email);
    expect(invited).toMatchObject({
      access: { status: "invited" },
      roleName: "Innendienst",
      twoFactor: false,
      manageable: false,
    });
    const adminView = await listStaff(await contextFor(adminId));
    expect(adminView.canInvite).toBe(true);
    expect(adminView.assignableRoles.map((r) => r.key)).not.toContain("owner");
    expect(adminView.members.find((m) => m.id === ownerId)?.manageable).toBe(false);
  });

  it("refuses an invitation by an advisor and changes nothing", async () => {
    const before = await snapshot();
    const result = await inviteStaff(await contextFor(advisorId), form());
    expect(result).toEqual({ ok: false, error: "broker.staff.errors.noStaffRight" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an admin who invites an owner", async () => {
    const before = await snapshot();
    const result = await inviteStaff(await contextFor(adminId), form({ roleKey: "owner" }));
    expect(result).toMatchObject({ ok: false, error: "broker.staff.errors.noOwnerRight" });
    expect(await snapshot()).toEqual(before);
    expect(await inviteStaff(await contextFor(ownerId), form({ roleKey: "owner" }))).toMatchObject({ ok: true });
  });

  it("refuses an e-mail address already used in the tenant, in any letter case", async () => {
    const input = form();
    expect(await inviteStaff(await contextFor(ownerId), input)).toMatchObject({ ok: true });
    const before = await snapshot();
    const again = await inviteStaff(await contextFor(ownerId), form({ email: input.email.toUpperCase() }));
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: "broker.staff.errors.emailTaken" } });
    expect(await snapshot()).toEqual(before);
    // the same address is free in another tenant
    const otherOwner = await createStaff(otherTenantId, { role: "owner" });
    await createStaff(otherTenantId, { role: "backoffice" });
    expect(await inviteStaff(await contextFor(otherOwner.id), input)).toMatchObject({ ok: true });
  });

  it("answers bad input with catalog keys and changes nothing", async () => {
    const before = await snapshot();
    const ctx = await contextFor(ownerId);
    expect(await inviteStaff(ctx, form({ email: "kein-at-zeichen" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: "broker.staff.validation.emailInvalid" },
    });
    expect(await inviteStaff(ctx, form({ mobile: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { mobile: "broker.staff.validation.mobileRequired" },
    });
    expect(await inviteStaff(ctx, form({ mobile: "0171 555" }))).toMatchObject({
      ok: false,
      fieldErrors: { mobile: "broker.staff.validation.mobileInvalid" },
    });
    expect(await inviteStaff(ctx, form({ firstName: "  " }))).toMatchObject({
      ok: false,
      fieldErrors: { firstName: "broker.staff.validation.firstNameRequired" },
    });
    expect(await inviteStaff(ctx, form({ roleKey: "superuser" }))).toMatchObject({
      ok: false,
      fieldErrors: { roleKey: "broker.staff.errors.roleUnknown" },
    });
    expect(await inviteStaff(ctx, form({ roleKey: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { roleKey: "broker.staff.validation.roleRequired" },
    });
    expect(await inviteStaff(ctx, "nonsense")).toMatchObject({ ok: false, error: "common.errors.checkInput" });
    expect(await snapshot()).toEqual(before);
  });

  it("re-sends with a new link that replaces the old one, and revokes", async () => {
    const input = form();
    const first = await inviteStaff(await contextFor(ownerId), input);
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const oldToken = await linkToken(input.email);
    const resent = await resendStaffInvitation(await contextFor(adminId), { userId: first.data.userId });
    expect(resent).toMatchObject({ ok: true });
    const newToken = await linkToken(input.email);
    expect(newToken).not.toBe(oldToken);
    expect(await loadRegistration({ tenantId, token: oldToken })).toMatchObject({ state: "revoked" });
    expect(await loadRegistration({ tenantId, token: newToken })).toMatchObject({ state: "open" });

    expect(await revokeStaffInvitation(await contextFor(ownerId), { userId: first.data.userId })).toEqual({
      ok: true,
      data: { revoked: 1 },
    });
    expect(await loadRegistration({ tenantId, token: newToken })).toMatchObject({ state: "revoked" });
    const listed = (await listStaff(await contextFor(ownerId))).members.find((m) => m.id === first.data.userId);
    expect(listed?.access).toEqual({ status: "revoked" });
    const actions = (await db.auditLog.findMany({ where: { tenantId, entityId: first.data.userId } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["staff.invited", "staff.invitation_resent", "staff.invitation_revoked"]));
  });

  it("does not let an advisor re-send, nor an admin re-send an owner's invitation", async () => {
    const ownerInvite = await inviteStaff(await contextFor(ownerId), form({ roleKey: "owner" }));
    if (!ownerInvite.ok) throw new Error(JSON.stringify(ownerInvite.error));
    const before = await snapshot();
    expect(await resendStaffInvitation(await contextFor(advisorId), { userId: ownerInvite.data.userId })).toMatchObject({
      ok: false,
    });
    expect(await resendStaffInvitation(await contextFor(adminId), { userId: ownerInvite.data.userId })).toMatchObject({
      ok: false,
      error: "broker.staff.errors.noOwnerRight",
    });
    expect(await revokeStaffInvitation(await contextFor(adminId), { userId: ownerInvite.data.userId })).toMatchObject({
      ok: false,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("hides one tenant's staff from another tenant's context", async () => {
    const input = form();
    const invited = await inviteStaff(await contextFor(ownerId), input);
    if (!invited.ok) throw new Error(JSON.stringify(invited.error));
    const otherOwner = await createStaff(otherTenantId, { role: "owner" });
    const foreign = await contextFor(otherOwner.id);
    const before = await snapshot();
    const otherBefore = await snapshot(otherTenantId);
    expect((await listStaff(foreign)).members.map((m) => m.email)).not.toContain(input.email);
    expect(await resendStaffInvitation(foreign, { userId: invited.data.userId })).toEqual({
      ok: false,
      error: "broker.staff.errors.notFound",
    });
    expect(await revokeStaffInvitation(foreign, { userId: invited.data.userId })).toEqual({
      ok: false,
      error: "broker.staff.errors.notFound",
    });
    // the link does not work on the other tenant's host either
    expect(await loadRegistration({ tenantId: otherTenantId, token: await linkToken(input.email) })).toEqual({
      state: "invalid",
    });
    expect(await snapshot()).toEqual(before);
    expect(await snapshot(otherTenantId)).toEqual(otherBefore);
  });

  it("refuses everything without a staff context", async () => {
    await expect(inviteStaff(null, form())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listStaff(null)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
