import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { addHouseholdMember } from "@/lib/data/households/add-household-member";
import { createHousehold } from "@/lib/data/households/create-household";
import { getHouseholdPanel } from "@/lib/data/households/get-household-panel";
import { recordHouseholdConsent } from "@/lib/data/households/record-household-consent";
import { removeHouseholdMember } from "@/lib/data/households/remove-household-member";
import { revokeHouseholdConsent } from "@/lib/data/households/revoke-household-consent";
import { db } from "@/lib/db/client";
import { createCustomer, createDocument, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let tenantId: string;
let ownerId: string;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
});

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A household of two persons, created through the data layer as the broker would. */
async function householdOfTwo(actorId = ownerId, tenant = tenantId, customerOverrides = {}) {
  const ctx = await contextFor(actorId);
  const first = await createCustomer(tenant, { lastName: "Berger", ...customerOverrides });
  const second = await createCustomer(tenant, { firstName: "Jonas", lastName: "Berger", ...customerOverrides });
  const created = await createHousehold(ctx, first.id, {});
  if (!created.ok) throw new Error("household not created");
  const added = await addHouseholdMember(ctx, first.id, { customerNumber: second.customerNumber });
  if (!added.ok) throw new Error("member not added");
  return { ctx, first, second, householdId: created.id };
}

async function householdOf(customerId: string) {
  return (await db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { householdId: true } })).householdId;
}

describe("households", () => {
  it("creates a household named after the customer with the customer as first member, audited", async () => {
    const ctx = await contextFor(ownerId);
    const customer = await createCustomer(tenantId, { lastName: "Sommer" });
    const result = await createHousehold(ctx, customer.id, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const household = await db.household.findUniqueOrThrow({ where: { id: result.id }, include: { members: true } });
    expect(household).toMatchObject({ tenantId, name: "Familie Sommer" });
    expect(household.members.map((m) => m.id)).toEqual([customer.id]);
    const audit = await db.auditLog.findFirst({ where: { tenantId, action: "household.created", entityId: result.id } });
    expect(audit).toMatchObject({ actorUserId: ownerId, customerId: customer.id });
  });

  it("adds a member by customer number and removes them again", async () => {
    const { ctx, first, second, householdId } = await householdOfTwo();
    expect(await householdOf(second.id)).toBe(householdId);
    const panel = await getHouseholdPanel(ctx, first.id);
    expect(panel.household?.members.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());

    expect(await removeHouseholdMember(ctx, first.id, second.id)).toEqual({ ok: true, id: second.id });
    expect(await householdOf(second.id)).toBeNull();
    expect(await householdOf(first.id)).toBe(householdId);
    const actions = await db.auditLog.findMany({ where: { tenantId, entityId: householdId }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["household.member_added", "household.member_removed"]));
  });

  it("refuses a customer who already belongs to another household", async () => {
    const { ctx, second, householdId } = await householdOfTwo();
    const other = await createCustomer(tenantId, { lastName: "Winter" });
    await createHousehold(ctx, other.id, { name: "Familie Winter" });
    const result = await addHouseholdMember(ctx, other.id, { customerNumber: second.customerNumber });
    expect(result).toMatchObject({
      ok: false,
      field: "customerNumber",
      error: { key: "households.errors.inOtherHousehold", values: { household: "Familie Berger" } },
    });
    expect(await householdOf(second.id)).toBe(householdId);
  });

  it("refuses a customer of another tenant as member", async () => {
    const ctx = await contextFor(ownerId);
    const anchor = await createCustomer(tenantId);
    await createHousehold(ctx, anchor.id, {});
    const foreignTenant = await createTenant();
    const foreign = await createCustomer(foreignTenant.id);
    const result = await addHouseholdMember(ctx, anchor.id, { customerNumber: foreign.customerNumber });
    expect(result).toMatchObject({ ok: false, error: { key: "households.errors.customerNotFound" } });
    expect(await householdOf(foreign.id)).toBeNull();
    // and the other tenant's customer cannot be the anchor of a household either
    await expect(createHousehold(ctx, foreign.id, {})).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses every household change to staff without the right to manage family members", async () => {
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    const { first, second } = await householdOfTwo(owner.id, tenant.id);
    const clerk = await createStaff(tenant.id, { role: "backoffice" });
    const role = await db.staffRole.findUniqueOrThrow({ where: { tenantId_key: { tenantId: tenant.id, key: "backoffice" } } });
    await db.staffRole.update({
      where: { id: role.id },
      data: { rights: { ...(role.rights as object), manageFamily: false } },
    });
    const ctx = await contextFor(clerk.id);
    const loner = await createCustomer(tenant.id);

    await expect(createHousehold(ctx, loner.id, {})).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(addHouseholdMember(ctx, first.id, { customerNumber: loner.customerNumber })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(removeHouseholdMember(ctx, first.id, second.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      recordHouseholdConsent(ctx, first.id, {
        grantorCustomerId: first.id,
        granteeCustomerId: second.id,
        grantedAt: daysFromToday(-1),
        documentId: "",
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await householdOf(loner.id)).toBeNull();
    expect(await householdOf(second.id)).not.toBeNull();
    expect(await db.householdConsent.count({ where: { tenantId: tenant.id } })).toBe(0);
    // reading stays possible: the panel says the actor cannot change anything
    expect((await getHouseholdPanel(ctx, first.id)).canManage).toBe(false);
  });

  it("refuses an advisor limited to own customers who involves another advisor's customer", async () => {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor" });
    const colleague = await createStaff(tenant.id, { role: "advisor" });
    const ctx = await contextFor(advisor.id);
    const own = await createCustomer(tenant.id, { advisorId: advisor.id });
    const foreign = await createCustomer(tenant.id, { advisorId: colleague.id });

    expect(await createHousehold(ctx, own.id, {})).toMatchObject({ ok: true });
    const added = await addHouseholdMember(ctx, own.id, { customerNumber: foreign.customerNumber });
    expect(added).toMatchObject({ ok: false, error: { key: "households.errors.customerNotFound" } });
    expect(await householdOf(foreign.id)).toBeNull();
    await expect(createHousehold(ctx, foreign.id, {})).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await householdOf(foreign.id)).toBeNull();
  });

  it("refuses a consent whose grantor and grantee are the same member", async () => {
    const { ctx, first } = await householdOfTwo();
    const result = await recordHouseholdConsent(ctx, first.id, {
      grantorCustomerId: first.id,
      granteeCustomerId: first.id,
      grantedAt: daysFromToday(-1),
      documentId: "",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { granteeCustomerId: "households.validation.sameMember" } });
    expect(await db.householdConsent.count({ where: { grantorCustomerId: first.id } })).toBe(0);
  });

  it("refuses a consent dated in the future", async () => {
    const { ctx, first, second } = await householdOfTwo();
    const result = await recordHouseholdConsent(ctx, first.id, {
      grantorCustomerId: first.id,
      granteeCustomerId: second.id,
      grantedAt: daysFromToday(2),
      documentId: "",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { grantedAt: "households.validation.dateInFuture" } });
    expect(await db.householdConsent.count({ where: { grantorCustomerId: first.id } })).toBe(0);
  });

  it("refuses another customer's document as signed form and accepts the grantor's own consent form", async () => {
    const { ctx, first, second } = await householdOfTwo();
    const othersForm = await createDocument(tenantId, second.id, { category: "CONSENT", title: "Erklärung Jonas" });
    const refused = await recordHouseholdConsent(ctx, first.id, {
      grantorCustomerId: first.id,
      granteeCustomerId: second.id,
      grantedAt: daysFromToday(-3),
      documentId: othersForm.id,
    });
    expect(refused).toMatchObject({ ok: false, field: "documentId", error: "households.errors.formNotGrantors" });
    expect(await db.householdConsent.count({ where: { grantorCustomerId: first.id } })).toBe(0);

    const ownForm = await createDocument(tenantId, first.id, { category: "CONSENT", title: "Einverständnis Partner" });
    const recorded = await recordHouseholdConsent(ctx, first.id, {
      grantorCustomerId: first.id,
      granteeCustomerId: second.id,
      grantedAt: daysFromToday(-3),
      documentId: ownForm.id,
    });
    expect(recorded.ok).toBe(true);
    const panel = await getHouseholdPanel(ctx, second.id);
    expect(panel.household?.consents).toMatchObject([
      { grantorId: first.id, granteeId: second.id, formTitle: "Einverständnis Partner", revokedAt: null },
    ]);
    expect(panel.household?.consentForms.map((f) => f.id).sort()).toEqual([othersForm.id, ownForm.id].sort());
  });

  it("revoking a consent sets its revocation date and keeps the record", async () => {
    const { ctx, first, second } = await householdOfTwo();
    const recorded = await recordHouseholdConsent(ctx, first.id, {
      grantorCustomerId: first.id,
      granteeCustomerId: second.id,
      grantedAt: daysFromToday(0),
      documentId: "",
    });
    if (!recorded.ok) throw new Error("consent not recorded");
    expect(await revokeHouseholdConsent(ctx, second.id, recorded.id)).toEqual({ ok: true, id: recorded.id });
    const stored = await db.householdConsent.findUniqueOrThrow({ where: { id: recorded.id } });
    expect(stored.revokedAt).toBeInstanceOf(Date);
    expect(stored.recordedById).toBe(ownerId);
    expect(await revokeHouseholdConsent(ctx, second.id, recorded.id)).toMatchObject({
      ok: false,
      error: "households.errors.alreadyRevoked",
    });
    const audit = await db.auditLog.findFirst({
      where: { tenantId, action: "household.consent_revoked", entityId: recorded.id },
    });
    expect(audit?.customerId).toBe(first.id);
  });

  it("removing a member revokes the consents they gave and held, but not the others", async () => {
    const { ctx, first, second } = await householdOfTwo();
    const third = await createCustomer(tenantId, { lastName: "Berger" });
    await addHouseholdMember(ctx, first.id, { customerNumber: third.customerNumber });
    const consent = async (grantor: string, grantee: string) => {
      const r = await recordHouseholdConsent(ctx, first.id, {
        grantorCustomerId: grantor,
        granteeCustomerId: grantee,
        grantedAt: daysFromToday(-10),
        documentId: "",
      });
      if (!r.ok) throw new Error("consent not recorded");
      return r.id;
    };
    const given = await consent(second.id, first.id);
    const held = await consent(first.id, second.id);
    const untouched = await consent(first.id, third.id);

    expect((await removeHouseholdMember(ctx, first.id, second.id)).ok).toBe(true);
    const rows = await db.householdConsent.findMany({ where: { id: { in: [given, held, untouched] } } });
    const revoked = Object.fromEntries(rows.map((r) => [r.id, r.revokedAt !== null]));
    expect(revoked).toEqual({ [given]: true, [held]: true, [untouched]: false });
  });
});
