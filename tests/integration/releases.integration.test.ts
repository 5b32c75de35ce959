import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { applyDefaultReleases } from "@/lib/data/releases/apply-default-releases";
import { applyReleaseTemplate } from "@/lib/data/releases/apply-release-template";
import { deleteReleaseTemplate } from "@/lib/data/releases/delete-release-template";
import { getCustomerReleases } from "@/lib/data/releases/get-customer-releases";
import { listReleaseTemplates } from "@/lib/data/releases/list-release-templates";
import { saveReleaseTemplate } from "@/lib/data/releases/save-release-template";
import { setCustomerReleases } from "@/lib/data/releases/set-customer-releases";
import { setDefaultReleaseTemplate } from "@/lib/data/releases/set-default-release-template";
import { db } from "@/lib/db/client";
import { hiddenLevels, type ReleaseLevels } from "@/lib/validation/releases";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const levels = (overrides: Partial<ReleaseLevels> = {}): ReleaseLevels => ({ ...hiddenLevels(), ...overrides });
const storedLevels = async (customerId: string) =>
  Object.fromEntries((await db.moduleRelease.findMany({ where: { customerId } })).map((r) => [r.module, r.level]));

let tenantId: string;
let ownerId: string;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
});

async function createTemplate(name: string, templateLevels: ReleaseLevels): Promise<string> {
  const result = await saveReleaseTemplate(await contextFor(ownerId), null, { name, levels: templateLevels });
  if (!result.ok) throw new Error(`template not created: ${JSON.stringify(result)}`);
  return result.id;
}

describe("customer releases", () => {
  it("releases nothing by default", async () => {
    const customer = await createCustomer(tenantId);
    const login = await createCustomerUser(tenantId, customer.id);
    await createContract(tenantId, customer.id, { module: "INSURANCE" });
    expect(await getCustomerReleases(await contextFor(ownerId), customer.id)).toEqual(hiddenLevels());
    expect(await listVisibleContracts(await contextFor(login.id))).toEqual([]);
  });

  it("shows a module's contracts once released as read and hides them again when set to hidden", async () => {
    const customer = await createCustomer(tenantId);
    const login = await createCustomerUser(tenantId, customer.id);
    await createContract(tenantId, customer.id, { module: "INSURANCE", policyNumber: `INS-${uniqueSuffix()}` });
    await createContract(tenantId, customer.id, { module: "FINANCE", policyNumber: `FIN-${uniqueSuffix()}` });
    const owner = await contextFor(ownerId);

    const read = await setCustomerReleases(owner, customer.id, levels({ INSURANCE: "READ" }));
    expect(read).toEqual({ ok: true, id: customer.id, changed: ["INSURANCE"] });
    const visible = await listVisibleContracts(await contextFor(login.id));
    expect(visible.map((c) => c.module)).toEqual(["INSURANCE"]);
    expect(await getCustomerReleases(owner, customer.id)).toEqual(levels({ INSURANCE: "READ" }));

    await setCustomerReleases(owner, customer.id, levels());
    expect(await listVisibleContracts(await contextFor(login.id))).toEqual([]);

    const audits = await db.auditLog.findMany({
      where: { tenantId, customerId: customer.id, action: "release.changed" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.data)).toEqual([
      { changes: { INSURANCE: ["HIDDEN", "READ"] } },
      { changes: { INSURANCE: ["READ", "HIDDEN"] } },
    ]);
    expect(audits.every((a) => a.actorUserId === ownerId)).toBe(true);
    expect((await db.moduleRelease.findFirstOrThrow({ where: { customerId: customer.id } })).updatedById).toBe(ownerId);
  });

  it("writes nothing and logs nothing when the levels did not change", async () => {
    const customer = await createCustomer(tenantId);
    const result = await setCustomerReleases(await contextFor(ownerId), customer.id, levels());
    expect(result).toEqual({ ok: true, id: customer.id, changed: [] });
    expect(await db.moduleRelease.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { customerId: customer.id, action: "release.changed" } })).toBe(0);
  });

  it("refuses a customer of another tenant", async () => {
    const other = await createTenant();
    const foreign = await createCustomer(other.id);
    const owner = await contextFor(ownerId);
    await expect(getCustomerReleases(owner, foreign.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCustomerReleases(owner, foreign.id, levels({ INSURANCE: "WRITE" }))).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await db.moduleRelease.count({ where: { customerId: foreign.id } })).toBe(0);
  });

  it("refuses staff without the right to edit customers, and customers themselves", async () => {
    const partner = await createStaff(tenantId, { role: "partner" });
    // the partner's own customer: the refusal comes from the missing right, not from the scope
    const customer = await createCustomer(tenantId, { advisorId: partner.id });
    const login = await createCustomerUser(tenantId, customer.id);
    const partnerCtx = await contextFor(partner.id);
    expect(await getCustomerReleases(partnerCtx, customer.id)).toEqual(hiddenLevels());
    await expect(setCustomerReleases(partnerCtx, customer.id, levels({ INSURANCE: "READ" }))).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      setCustomerReleases(await contextFor(login.id), customer.id, levels({ INSURANCE: "WRITE" })),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCustomerReleases(null, customer.id, levels({ INSURANCE: "WRITE" }))).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await db.moduleRelease.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("lets an advisor release only for own customers", async () => {
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const colleague = await createStaff(tenantId, { role: "advisor" });
    const own = await createCustomer(tenantId, { advisorId: advisor.id });
    const foreign = await createCustomer(tenantId, { advisorId: colleague.id });
    const ctx = await contextFor(advisor.id);
    await expect(getCustomerReleases(ctx, foreign.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCustomerReleases(ctx, foreign.id, levels({ CLAIMS: "WRITE" }))).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.moduleRelease.count({ where: { customerId: foreign.id } })).toBe(0);
    expect((await setCustomerReleases(ctx, own.id, levels({ CLAIMS: "WRITE" }))).ok).toBe(true);
    expect(await storedLevels(own.id)).toEqual({ CLAIMS: "WRITE" });
  });

  it("refuses unknown levels, unknown modules and an incomplete matrix with a catalog key", async () => {
    const customer = await createCustomer(tenantId);
    const owner = await contextFor(ownerId);
    const unknownLevel = await setCustomerReleases(owner, customer.id, { ...levels(), INSURANCE: "ALL" });
    expect(unknownLevel).toEqual({
      ok: false,
      error: "releases.validation.levelInvalid",
      fieldErrors: { INSURANCE: "releases.validation.levelInvalid" },
    });
    const { PROFILE: _dropped, ...incomplete } = levels({ INSURANCE: "READ" });
    expect(await setCustomerReleases(owner, customer.id, incomplete)).toMatchObject({
      ok: false,
      fieldErrors: { PROFILE: "releases.validation.levelInvalid" },
    });
    expect(await setCustomerReleases(owner, customer.id, { ...levels(), PENSION: "READ" })).toMatchObject({
      ok: false,
      error: "releases.validation.levelInvalid",
    });
    expect(await db.moduleRelease.count({ where: { customerId: customer.id } })).toBe(0);
  });
});

describe("release templates", () => {
  it("lets only owners and admins create, change, delete templates and choose the default", async () => {
    const admin = await createStaff(tenantId, { role: "admin" });
    const created = await saveReleaseTemplate(await contextFor(admin.id), null, {
      name: `Admin-Vorlage ${uniqueSuffix()}`,
      levels: levels({ COMMUNICATION: "WRITE" }),
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";
    for (const role of ["advisor", "backoffice", "partner"] as const) {
      const ctx = await contextFor((await createStaff(tenantId, { role })).id);
      await expect(saveReleaseTemplate(ctx, null, { name: `X ${role}`, levels: levels() })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(saveReleaseTemplate(ctx, id, { name: "Umbenannt", levels: levels() })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(deleteReleaseTemplate(ctx, id)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(setDefaultReleaseTemplate(ctx, id)).rejects.toBeInstanceOf(AccessDeniedError);
      // reading them to apply one is fine
      expect((await listReleaseTemplates(ctx)).canManage).toBe(false);
    }
    const stored = await db.releaseTemplate.findUniqueOrThrow({ where: { id } });
    expect(stored.levels).toEqual(levels({ COMMUNICATION: "WRITE" }));
    expect(stored.name).not.toBe("Umbenannt");
  });

  it("refuses invalid template levels and a duplicate name with a catalog key", async () => {
    const owner = await contextFor(ownerId);
    const name = `Privatkunde ${uniqueSuffix()}`;
    const invalid = await saveReleaseTemplate(owner, null, { name, levels: { ...levels(), FINANCE: "EVERYTHING" } });
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { levels: "releases.validation.levelInvalid" } });
    expect(await saveReleaseTemplate(owner, null, { name: " ", levels: levels() })).toMatchObject({
      ok: false,
      fieldErrors: { name: "releases.validation.nameRequired" },
    });
    await createTemplate(name, levels());
    expect(await saveReleaseTemplate(owner, null, { name: name.toUpperCase(), levels: levels() })).toEqual({
      ok: false,
      field: "name",
      error: "releases.errors.nameTaken",
    });
    expect(await db.releaseTemplate.count({ where: { tenantId, name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("keeps the default per tenant and clears it when that template is deleted", async () => {
    const owner = await contextFor(ownerId);
    const id = await createTemplate(`Standard ${uniqueSuffix()}`, levels({ PROFILE: "READ", COMMUNICATION: "WRITE" }));
    expect(await setDefaultReleaseTemplate(owner, id)).toEqual({ ok: true, id });
    const overview = await listReleaseTemplates(owner);
    expect(overview.defaultTemplateId).toBe(id);
    expect(overview.templates.find((t) => t.id === id)?.isDefault).toBe(true);

    const other = await createTenant();
    const foreignOwner = await createStaff(other.id, { role: "owner" });
    const foreignCtx = await contextFor(foreignOwner.id);
    expect(await setDefaultReleaseTemplate(foreignCtx, id)).toEqual({ ok: false, error: "releases.errors.templateNotFound" });
    expect(await deleteReleaseTemplate(foreignCtx, id)).toEqual({ ok: false, error: "releases.errors.templateNotFound" });
    expect((await listReleaseTemplates(foreignCtx)).templates).toEqual([]);

    expect((await deleteReleaseTemplate(owner, id)).ok).toBe(true);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenantId } })).defaultReleaseTemplateId).toBeNull();
  });

  it("gives a newly created customer the levels of the default template", async () => {
    const owner = await contextFor(ownerId);
    const id = await createTemplate(`Neukunde ${uniqueSuffix()}`, levels({ INSURANCE: "READ", COMMUNICATION: "WRITE" }));
    await setDefaultReleaseTemplate(owner, id);
    const customer = await createCustomer(tenantId);
    const used = await db.$transaction((tx) => applyDefaultReleases(tx, owner, customer.id));
    expect(used).toBe(id);
    expect(await storedLevels(customer.id)).toEqual({ INSURANCE: "READ", COMMUNICATION: "WRITE" });
    await setDefaultReleaseTemplate(owner, null);
    const later = await createCustomer(tenantId);
    expect(await db.$transaction((tx) => applyDefaultReleases(tx, owner, later.id))).toBeNull();
    expect(await storedLevels(later.id)).toEqual({});
  });
});

describe("applying a template to many customers", () => {
  it("changes only the customers the staff member may edit and reports the counts", async () => {
    const templateLevels = levels({ INSURANCE: "READ", COMMUNICATION: "WRITE" });
    const templateId = await createTemplate(`Sammel ${uniqueSuffix()}`, templateLevels);
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const colleague = await createStaff(tenantId, { role: "advisor" });
    const own = await createCustomer(tenantId, { advisorId: advisor.id });
    const ownWithOldRows = await createCustomer(tenantId, { advisorId: advisor.id });
    await db.moduleRelease.createMany({
      data: [
        { tenantId, customerId: ownWithOldRows.id, module: "INSURANCE", level: "WRITE" },
        { tenantId, customerId: ownWithOldRows.id, module: "EMERGENCY", level: "READ" },
      ],
    });
    const alreadyMatching = await createCustomer(tenantId, { advisorId: advisor.id });
    await db.moduleRelease.createMany({
      data: [
        { tenantId, customerId: alreadyMatching.id, module: "INSURANCE", level: "READ" },
        { tenantId, customerId: alreadyMatching.id, module: "COMMUNICATION", level: "WRITE" },
      ],
    });
    const colleagues = await createCustomer(tenantId, { advisorId: colleague.id });
    const foreign = await createCustomer((await createTenant()).id);

    const result = await applyReleaseTemplate(await contextFor(advisor.id), {
      templateId,
      customerIds: [own.id, ownWithOldRows.id, alreadyMatching.id, colleagues.id, foreign.id, own.id],
    });
    expect(result).toEqual({ ok: true, changed: 2, unchanged: 1, skipped: 2 });
    for (const c of [own, ownWithOldRows, alreadyMatching]) {
      expect(await getCustomerReleases(await contextFor(ownerId), c.id)).toEqual(templateLevels);
    }
    expect(await storedLevels(colleagues.id)).toEqual({});
    expect(await storedLevels(foreign.id)).toEqual({});

    const audits = await db.auditLog.findMany({ where: { tenantId, action: "release.changed", actorUserId: advisor.id } });
    expect(audits.map((a) => a.customerId).sort()).toEqual([own.id, ownWithOldRows.id].sort());
    expect(audits.find((a) => a.customerId === ownWithOldRows.id)?.data).toEqual({
      changes: { COMMUNICATION: ["HIDDEN", "WRITE"], INSURANCE: ["WRITE", "READ"], EMERGENCY: ["READ", "HIDDEN"] },
      templateId,
    });
  });

  it("applies a template to 1,000 customers in one go", async () => {
    const templateId = await createTemplate(`Tausend ${uniqueSuffix()}`, levels({ INSURANCE: "READ", INVOICES: "READ" }));
    const suffix = uniqueSuffix();
    const ids = Array.from({ length: 1000 }, () => crypto.randomUUID());
    await db.customer.createMany({
      data: ids.map((id, i) => ({
        id,
        tenantId,
        kind: "PERSON" as const,
        customerNumber: `M-${suffix}-${i}`,
        lastName: `Masse ${i}`,
      })),
    });
    const result = await applyReleaseTemplate(await contextFor(ownerId), { templateId, customerIds: ids });
    expect(result).toEqual({ ok: true, changed: 1000, unchanged: 0, skipped: 0 });
    expect(await db.moduleRelease.count({ where: { customerId: { in: ids }, level: "READ" } })).toBe(2000);
    expect(await db.auditLog.count({ where: { tenantId, action: "release.changed", customerId: { in: ids } } })).toBe(1000);
  });

  it("refuses staff without the right to edit customers", async () => {
    const templateId = await createTemplate(`Partner ${uniqueSuffix()}`, levels({ INSURANCE: "READ" }));
    const partner = await createStaff(tenantId, { role: "partner" });
    const customer = await createCustomer(tenantId, { advisorId: partner.id });
    await expect(
      applyReleaseTemplate(await contextFor(partner.id), { templateId, customerIds: [customer.id] }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await storedLevels(customer.id)).toEqual({});
  });

  it("refuses a template of another tenant, no customers and more than 1,000 with a catalog key", async () => {
    const other = await createTenant();
    const foreignOwner = await createStaff(other.id, { role: "owner" });
    const foreignTemplate = await saveReleaseTemplate(await contextFor(foreignOwner.id), null, {
      name: "Fremd",
      levels: levels({ INSURANCE: "WRITE" }),
    });
    const customer = await createCustomer(tenantId);
    const owner = await contextFor(ownerId);
    expect(
      await applyReleaseTemplate(owner, { templateId: foreignTemplate.ok ? foreignTemplate.id : "", customerIds: [customer.id] }),
    ).toMatchObject({ ok: false, error: "releases.errors.templateNotFound" });
    const templateId = await createTemplate(`Limit ${uniqueSuffix()}`, levels({ INSURANCE: "READ" }));
    expect(await applyReleaseTemplate(owner, { templateId, customerIds: [] })).toMatchObject({
      ok: false,
      error: "releases.validation.noCustomers",
    });
    const tooMany = Array.from({ length: 1001 }, () => crypto.randomUUID());
    expect(await applyReleaseTemplate(owner, { templateId, customerIds: tooMany })).toMatchObject({
      ok: false,
      error: "releases.validation.tooManyCustomers",
    });
    expect(await storedLevels(customer.id)).toEqual({});
  });
});
