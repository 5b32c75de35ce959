import { describe, expect, it } from "vitest";
import type { StaffRights } from "@/lib/auth/staff-rights";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getContractRecord } from "@/lib/data/contracts/get-contract-record";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { updateContract } from "@/lib/data/contracts/update-contract";
import { listCustomers } from "@/lib/data/customers/list-customers";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { changeStaffRole } from "@/lib/data/staff/change-staff-role";
import { inviteStaff } from "@/lib/data/staff/invite-staff";
import { listStaff } from "@/lib/data/staff/list-staff";
import { createStaffRole } from "@/lib/data/staff/roles/create-staff-role";
import { deleteStaffRole } from "@/lib/data/staff/roles/delete-staff-role";
import { listStaffRoles } from "@/lib/data/staff/roles/list-staff-roles";
import { renameStaffRole } from "@/lib/data/staff/roles/rename-staff-role";
import { saveRoleMatrix } from "@/lib/data/staff/roles/save-role-matrix";
import { db } from "@/lib/db/client";
import { createContract, createCustomer, createDocument, createStaff, type StaffRoleKey } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { invitation, office } from "../setup/staff-office";

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
