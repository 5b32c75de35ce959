import { describe, expect, it } from "vitest";
import type { StaffRights } from "@/lib/auth/staff-rights";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { getContractRecord } from "@/lib/data/contracts/get-contract-record";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { updateContract } from "@/lib/data/contracts/update-contract";
import { listCustomers } from "@/lib/data/customers/list-customers";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { changeStaffRole } from "@/lib/data/staff/change-staff-role";
import { disableStaff } from "@/lib/data/staff/disable-staff";
import { enableStaff } from "@/lib/data/staff/enable-staff";
import { inviteStaff } from "@/lib/data/staff/invite-staff";
import { listStaff } from "@/lib/data/staff/list-staff";
import { createStaffRole } from "@/lib/data/staff/roles/create-staff-role";
import { deleteStaffRole } from "@/lib/data/staff/roles/delete-staff-role";
import { listStaffRoles } from "@/lib/data/staff/roles/list-staff-roles";
import { renameStaffRole } from "@/lib/data/staff/roles/rename-staff-role";
import { saveRoleMatrix } from "@/lib/data/staff/roles/save-role-matrix";
import { db } from "@/lib/db/client";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import {
  createContract,
  createCustomer,
  createDocument,
  createStaff,
  createTenant,
  uniqueSuffix,
  type StaffRoleKey,
} from "../setup/factories";
import { contextFor, freshSession } from "../setup/request-context";

/** A fresh office with an owner, so tests that change roles never meet each other. */
async function office() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenantId: tenant.id, slug: tenant.slug, ownerId: owner.id };
}

/** The matrix column of a role as stored, with the given changes; what the role editor would send. */
async function column(
  tenantId: string,
  key: StaffRoleKey | string,
  change: Partial<StaffRights> & { onlyOwnCustomers?: boolean; hideFinancials?: boolean; hideExpiryDates?: boolean } = {},
) {
  const role = await db.staffRole.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key } } });
  const { onlyOwnCustomers, hideFinancials, hideExpiryDates, ...rights } = change;
  return {
    roleId: role.id,
    rights: { ...(role.rights as StaffRights), ...rights },
    onlyOwnCustomers: onlyOwnCustomers ?? role.onlyOwnCustomers,
    hideFinancials: hideFinancials ?? role.hideFinancials,
    hideExpiryDates: hideExpiryDates ?? role.hideExpiryDates,
  };
}

function invitation(roleKey: string) {
  const suffix = uniqueSuffix();
  return {
    firstName: "Mara",
    lastName: `Lind${suffix}`,
    email: `mara.${suffix}@makler.example`,
    mobile: "+49 171 5550123",
    roleKey,
  };
}

describe("role rights", () => {
  it("removing 'view customer data' empties the customer list on the staff member's next request", async () => {
    const { tenantId, ownerId } = await office();
    const backoffice = await createStaff(tenantId, { role: "backoffice" });
    await createCustomer(tenantId);
    expect((await listCustomers(await contextFor(backoffice.id))).items).toHaveLength(1);

    const result = await saveRoleMatrix(await contextFor(ownerId), {
      roles: [await column(tenantId, "backoffice", { viewCustomers: false })],
    });
    expect(result).toEqual({ ok: true, changed: 1 });

    expect((await listCustomers(await contextFor(backoffice.id))).items).toHaveLength(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "staff.role_changed" } });
    expect(audit).toMatchObject({ actorUserId: ownerId, entityId: backoffice.staffRoleId, data: { changed: ["viewCustomers"] } });
  });

  it("limits a role to its members' own customers", async () => {
    const { tenantId, ownerId } = await office();
    const backoffice = await createStaff(tenantId, { role: "backoffice" });
    const own = await createCustomer(tenantId, { advisorId: backoffice.id });
    await createCustomer(tenantId);
    expect((await listCustomers(await contextFor(backoffice.id))).items).toHaveLength(2);

    await saveRoleMatrix(await contextFor(ownerId), {
      roles: [await column(tenantId, "backoffice", { onlyOwnCustomers: true })],
    });

    const items = (await listCustomers(await contextFor(backoffice.id))).items;
    expect(items.map((c) => c.id)).toEqual([own.id]);
  });

  it("hides premiums, sums insured and end dates when the role says so, and saving the form keeps them", async () => {
    const { tenantId, ownerId } = await office();
    const backoffice = await createStaff(tenantId, { role: "backoffice" });
    const customer = await createCustomer(tenantId);
    const contract = await createContract(tenantId, customer.id, {
      module: "OTHER",
      sumInsured: "100000.00",
      grossPremium: "59.90",
      endDate: new Date("2030-01-01"),
    });
    const [visible] = await listVisibleContracts(await contextFor(backoffice.id), { customerId: customer.id });
    expect(visible).toMatchObject({ grossPremium: "59.90", sumInsured: "100000.00" });

    await saveRoleMatrix(await contextFor(ownerId), {
      roles: [await column(tenantId, "backoffice", { hideFinancials: true, hideExpiryDates: true })],
    });

    const ctx = await contextFor(backoffice.id);
    const [hidden] = await listVisibleContracts(ctx, { customerId: customer.id });
    expect(hidden).toMatchObject({ grossPremium: null, sumInsured: null, endDate: null });
    const record = await getContractRecord(ctx, contract.id);
    expect(record?.values).toMatchObject({ grossPremium: "", sumInsured: "", endDate: "" });

    // the form comes back with the hidden fields empty and a changed note
    const saved = await updateContract(ctx, contract.id, { ...record!.values, notes: "Rückruf erbeten" });
    expect(saved).toMatchObject({ ok: true });
    const stored = await db.contract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(stored.grossPremium?.toFixed(2)).toBe("59.90");
    expect(stored.sumInsured?.toFixed(2)).toBe("100000.00");
    expect(stored.endDate?.toISOString().slice(0, 10)).toBe("2030-01-01");
    expect(stored.notes).toBe("Rückruf erbeten");
  });

  it("lists documents only with 'list documents', opens them only with 'view documents', both only with 'view customer data'", async () => {
    const { tenantId, ownerId } = await office();
    const backoffice = await createStaff(tenantId, { role: "backoffice" });
    const customer = await createCustomer(tenantId);
    const document = await createDocument(tenantId, customer.id);

    await saveRoleMatrix(await contextFor(ownerId), {
      roles: [await column(tenantId, "backoffice", { listDocuments: false, viewDocuments: true })],
    });
    let ctx = await contextFor(backoffice.id);
    expect((await listVisibleDocuments(ctx, { customerId: customer.id })).items).toEqual([]);
    expect(await authorizeDocumentDownload(ctx, { documentId: document.id })).toMatchObject({ url: expect.any(String) });

    await saveRoleMatrix(await contextFor(ownerId), {
      roles: [await column(tenantId, "backoffice", { listDocuments: true, viewDocuments: false })],
    });
    ctx = await contextFor(backoffice.id);
    expect((await listVisibleDocuments(ctx, { customerId: customer.id })).items.map((d) => d.id)).toEqual([document.id]);
    expect(await authorizeDocumentDownload(ctx, { documentId: document.id })).toBeNull();

    // documents are customer data: without 'view customer data' neither list nor download
    await saveRoleMatrix(await contextFor(ownerId), {
      roles: [await column(tenantId, "backoffice", { viewCustomers: false, listDocuments: true, viewDocuments: true })],
    });
    ctx = await contextFor(backoffice.id);
    expect((await listVisibleDocuments(ctx, { customerId: customer.id })).items).toEqual([]);
    expect(await authorizeDocumentDownload(ctx, { documentId: document.id })).toBeNull();
  });

  it("refuses the role editor to anyone but owners and admins", async () => {
    const { tenantId } = await office();
    const admin = await createStaff(tenantId, { role: "admin" });
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const ctx = await contextFor(advisor.id);
    const advisorColumn = await column(tenantId, "advisor", { deleteDocuments: true });

    await expect(saveRoleMatrix(ctx, { roles: [advisorColumn] })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listStaffRoles(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createStaffRole(ctx, { name: "Azubi" })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.staffRole.count({ where: { tenantId } })).toBe(3);
    expect(
      ((await db.staffRole.findUniqueOrThrow({ where: { id: advisorColumn.roleId } })).rights as StaffRights).deleteDocuments,
    ).toBe(false);

    expect(await saveRoleMatrix(await contextFor(admin.id), { roles: [advisorColumn] })).toEqual({ ok: true, changed: 1 });
  });

  it("refuses to edit another office's roles and the fixed owner and admin roles", async () => {
    const a = await office();
    const b = await office();
    await createStaff(a.tenantId, { role: "advisor" });
    const custom = await createStaffRole(await contextFor(a.ownerId), { name: "Azubi" });
    if (!custom.ok) throw new Error(JSON.stringify(custom));
    const foreign = await column(a.tenantId, "advisor", { viewCustomers: false });
    const ctxB = await contextFor(b.ownerId);

    expect(await saveRoleMatrix(ctxB, { roles: [foreign] })).toMatchObject({ ok: false, error: "rights.errors.roleNotFound" });
    expect(await renameStaffRole(ctxB, { roleId: custom.id, name: "Übernommen" })).toMatchObject({
      ok: false,
      error: "rights.errors.roleNotFound",
    });
    expect(await deleteStaffRole(ctxB, { roleId: custom.id })).toMatchObject({ ok: false, error: "rights.errors.roleNotFound" });
    expect((await listStaffRoles(ctxB)).map((r) => r.id)).not.toContain(custom.id);

    const ownerColumn = await column(a.tenantId, "owner", { viewCustomers: false });
    expect(await saveRoleMatrix(await contextFor(a.ownerId), { roles: [ownerColumn] })).toMatchObject({
      ok: false,
      error: "rights.errors.roleFixed",
    });

    const advisorRole = await db.staffRole.findUniqueOrThrow({ where: { id: foreign.roleId } });
    expect((advisorRole.rights as StaffRights).viewCustomers).toBe(true);
    expect(await db.staffRole.findUnique({ where: { id: custom.id } })).toMatchObject({ name: "Azubi" });
    expect(await db.auditLog.count({ where: { tenantId: a.tenantId, action: "staff.role_changed" } })).toBe(0);
  });

  it("creates an own role without rights, offers it in invitations and deletes it only while nobody has it", async () => {
    const { tenantId, ownerId } = await office();
    await createStaff(tenantId, { role: "advisor" });
    const ctx = await contextFor(ownerId);
    const created = await createStaffRole(ctx, { name: "Auszubildende" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.key).toMatch(/^custom-[0-9a-f]{12}$/);
    const row = (await listStaffRoles(ctx)).find((r) => r.id === created.id);
    expect(row).toMatchObject({ custom: true, fixed: false, memberCount: 0 });
    expect(Object.values(row!.rights).every((granted) => granted === false)).toBe(true);

    expect(await createStaffRole(ctx, { name: "auszubildende" })).toMatchObject({ ok: false, error: "rights.errors.nameTaken" });
    expect(await createStaffRole(ctx, { name: " " })).toMatchObject({
      ok: false,
      fieldErrors: { name: "rights.validation.nameRequired" },
    });
    const advisorRole = await db.staffRole.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: "advisor" } } });
    expect(await renameStaffRole(ctx, { roleId: advisorRole.id, name: "Vertrieb" })).toMatchObject({
      ok: false,
      error: "rights.errors.roleNotCustom",
    });
    expect(await renameStaffRole(ctx, { roleId: created.id, name: "Azubis" })).toMatchObject({ ok: true });

    expect((await listStaff(ctx)).assignableRoles).toContainEqual({ key: created.key, name: "Azubis" });
    const input = invitation(created.key);
    expect(await inviteStaff(ctx, input)).toMatchObject({ ok: true });
    const invited = await db.user.findUniqueOrThrow({ where: { tenantId_email: { tenantId, email: input.email } } });
    expect(invited.staffRoleId).toBe(created.id);

    expect(await deleteStaffRole(ctx, { roleId: created.id })).toMatchObject({
      ok: false,
      error: { key: "rights.errors.roleInUse", values: { count: 1 } },
    });
    expect(await changeStaffRole(ctx, { userId: invited.id, roleKey: "advisor" })).toMatchObject({ ok: true });
    expect(await deleteStaffRole(ctx, { roleId: created.id })).toMatchObject({ ok: true });
    expect(await db.staffRole.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await deleteStaffRole(ctx, { roleId: advisorRole.id })).toMatchObject({
      ok: false,
      error: "rights.errors.roleNotCustom",
    });

    const actions = await db.auditLog.findMany({ where: { tenantId, entityType: "StaffRole" }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["staff.role_created", "staff.role_changed", "staff.role_deleted"]);
    expect(actions[1]!.data).toMatchObject({ changed: ["name"] });
  });
});

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
