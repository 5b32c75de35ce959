import { describe, expect, it } from "vitest";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { changeStaffRole } from "@/lib/data/staff/change-staff-role";
import { disableStaff } from "@/lib/data/staff/disable-staff";
import { enableStaff } from "@/lib/data/staff/enable-staff";
import { inviteStaff } from "@/lib/data/staff/invite-staff";
import { listStaff } from "@/lib/data/staff/list-staff";
import { db } from "@/lib/db/client";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { createStaff } from "../setup/factories";
import { contextFor, freshSession } from "../setup/request-context";
import { invitation, office } from "../setup/staff-office";

describe("staff management", () => {
  it("changes a staff member's role with effect on their next request; nobody changes their own", async () => {
    const { tenantId, ownerId } = await office();
    const admin = await createStaff(tenantId, { role: "admin" });
    const member = await createStaff(tenantId, { role: "backoffice" });
    await createStaff(tenantId, { role: "partner" });
    expect((await contextFor(member.id)).actor).toMatchObject({ role: { key: "backoffice" } });

    expect(await changeStaffRole(await contextFor(ownerId), { userId: member.id, roleKey: "partner" })).toEqual({
      ok: true,
      data: { changed: true },
    });
    const ctx = await contextFor(member.id);
    if (ctx.actor.kind !== "STAFF") throw new Error("staff expected");
    expect(ctx.actor.role).toMatchObject({ key: "partner", hideFinancials: true, rights: { editCustomers: false } });
    expect(
      await db.auditLog.findFirst({ where: { tenantId, action: "staff.role_assigned", entityId: member.id } }),
    ).toMatchObject({
      actorUserId: ownerId,
      data: { from: "backoffice", to: "partner" },
    });

    expect(await changeStaffRole(await contextFor(ownerId), { userId: ownerId, roleKey: "admin" })).toMatchObject({
      ok: false,
      error: "rights.errors.ownRole",
    });
    expect(await changeStaffRole(await contextFor(admin.id), { userId: admin.id, roleKey: "backoffice" })).toMatchObject({
      ok: false,
      error: "rights.errors.ownRole",
    });
    // admins neither hand out the owner role nor touch an owner
    expect(await changeStaffRole(await contextFor(admin.id), { userId: member.id, roleKey: "owner" })).toMatchObject({
      ok: false,
      error: "broker.staff.errors.noOwnerRight",
    });
    expect(await changeStaffRole(await contextFor(admin.id), { userId: ownerId, roleKey: "admin" })).toMatchObject({
      ok: false,
      error: "broker.staff.errors.noOwnerRight",
    });
    expect(await changeStaffRole(await contextFor(member.id), { userId: admin.id, roleKey: "partner" })).toMatchObject({
      ok: false,
      error: "broker.staff.errors.noStaffRight",
    });
    expect(await changeStaffRole(await contextFor(ownerId), { userId: member.id, roleKey: "superuser" })).toMatchObject({
      ok: false,
      fieldErrors: { roleKey: "broker.staff.errors.roleUnknown" },
    });
    const roles = await db.user.findMany({ where: { tenantId }, select: { id: true, staffRole: { select: { key: true } } } });
    expect(Object.fromEntries(roles.map((u) => [u.id, u.staffRole?.key]))).toMatchObject({
      [ownerId]: "owner",
      [admin.id]: "admin",
      [member.id]: "partner",
    });
  });

  it("refuses to change the role of or disable a staff member of another office", async () => {
    const a = await office();
    const b = await office();
    const member = await createStaff(a.tenantId, { role: "backoffice" });
    await createStaff(b.tenantId, { role: "partner" });
    const ctxB = await contextFor(b.ownerId);
    expect(await changeStaffRole(ctxB, { userId: member.id, roleKey: "partner" })).toMatchObject({
      ok: false,
      error: "broker.staff.errors.notFound",
    });
    expect(await disableStaff(ctxB, { userId: member.id })).toMatchObject({ ok: false, error: "broker.staff.errors.notFound" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: "ACTIVE",
      staffRoleId: member.staffRoleId,
    });
  });

  it("keeps the last active owner: an owner whose own demotion is already saved cannot demote or disable the other", async () => {
    const { tenantId, ownerId } = await office();
    const second = await createStaff(tenantId, { role: "owner" });
    await createStaff(tenantId, { role: "admin" });
    // both opened the staff page while both were owners
    const first = await contextFor(ownerId);
    const stale = await contextFor(second.id);

    expect(await changeStaffRole(first, { userId: second.id, roleKey: "admin" })).toMatchObject({ ok: true });
    expect(await changeStaffRole(stale, { userId: ownerId, roleKey: "admin" })).toMatchObject({
      ok: false,
      error: "rights.errors.lastOwner",
    });
    expect(await disableStaff(stale, { userId: ownerId })).toMatchObject({ ok: false, error: "rights.errors.lastOwnerDisable" });
    expect(await disableStaff(first, { userId: ownerId })).toMatchObject({ ok: false, error: "rights.errors.ownAccess" });
    expect(await db.user.findUniqueOrThrow({ where: { id: ownerId }, include: { staffRole: true } })).toMatchObject({
      status: "ACTIVE",
      staffRole: { key: "owner" },
    });
  });

  it("leaves one owner when two owners demote each other at the same moment", async () => {
    const { tenantId, ownerId } = await office();
    const second = await createStaff(tenantId, { role: "owner" });
    await createStaff(tenantId, { role: "admin" });
    const [a, b] = [await contextFor(ownerId), await contextFor(second.id)];
    const results = await Promise.all([
      changeStaffRole(a, { userId: second.id, roleKey: "admin" }),
      changeStaffRole(b, { userId: ownerId, roleKey: "admin" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { tenantId, status: "ACTIVE", staffRole: { is: { tenantId, key: "owner" } } } })).toBe(1);
  });

  it("disabling ends the member's sessions at once; re-enabling lets them sign in again", async () => {
    const { tenantId, slug, ownerId } = await office();
    const member = await createStaff(tenantId, { role: "backoffice" });
    clearTenantCache();
    const host = await resolveHost(`${slug}.localhost`);
    if (host.kind !== "tenant") throw new Error("tenant host did not resolve");
    const session = { userId: member.id, tenantId, kind: "STAFF" as const, sessionVersion: member.sessionVersion };
    expect(await loadRequestContext({ tenant: host.tenant, claims: { ...session, ...freshSession() } })).not.toBeNull();

    expect(await disableStaff(await contextFor(ownerId), { userId: member.id })).toEqual({ ok: true, data: { disabled: true } });
    expect(await loadRequestContext({ tenant: host.tenant, claims: { ...session, ...freshSession() } })).toBeNull();
    const disabled = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(disabled).toMatchObject({ status: "DISABLED", sessionVersion: member.sessionVersion + 1 });
    expect((await listStaff(await contextFor(ownerId))).members.find((m) => m.id === member.id)?.access).toEqual({
      status: "disabled",
    });
    expect(await disableStaff(await contextFor(ownerId), { userId: member.id })).toMatchObject({
      ok: false,
      error: "rights.errors.notActive",
    });

    expect(await enableStaff(await contextFor(ownerId), { userId: member.id })).toEqual({ ok: true, data: { enabled: true } });
    // the old session stays ended; a new sign-in carries the new sessionVersion
    expect(await loadRequestContext({ tenant: host.tenant, claims: { ...session, ...freshSession() } })).toBeNull();
    expect((await contextFor(member.id)).actor.id).toBe(member.id);
    expect(await enableStaff(await contextFor(ownerId), { userId: member.id })).toMatchObject({
      ok: false,
      error: "rights.errors.notDisabled",
    });

    const actions = await db.auditLog.findMany({ where: { tenantId, entityId: member.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["staff.disabled", "staff.enabled"]);
  });

  it("refuses to disable an invited member, oneself, or anything without the staff right", async () => {
    const { tenantId, ownerId } = await office();
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const ctx = await contextFor(ownerId);
    expect(await inviteStaff(ctx, invitation("advisor"))).toMatchObject({ ok: true });
    const invited = await db.user.findFirstOrThrow({ where: { tenantId, status: "INVITED" } });

    expect(await disableStaff(ctx, { userId: invited.id })).toMatchObject({ ok: false, error: "rights.errors.notActive" });
    expect(await disableStaff(ctx, { userId: ownerId })).toMatchObject({ ok: false, error: "rights.errors.ownAccess" });
    expect(await disableStaff(await contextFor(advisor.id), { userId: ownerId })).toMatchObject({
      ok: false,
      error: "broker.staff.errors.noStaffRight",
    });
    expect(await db.user.count({ where: { tenantId, status: "DISABLED" } })).toBe(0);
  });
});
