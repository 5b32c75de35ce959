import { beforeAll, describe, expect, it } from "vitest";
import type { StaffRights } from "@/lib/auth/staff-rights";
import { getCompanyAdmin } from "@/lib/data/company-admin/get-company-admin";
import { getCompanyUserAccess } from "@/lib/data/company-admin/get-company-user-access";
import { inviteCompanyContact } from "@/lib/data/company-admin/invite-company-contact";
import { setCompanyRoleCeiling } from "@/lib/data/company-admin/set-company-role-ceiling";
import { setCompanyUserDisabled } from "@/lib/data/company-admin/set-company-user-disabled";
import { setCompanyUserRolesByBroker } from "@/lib/data/company-admin/set-company-user-roles-by-broker";
import { getRoleCoverageSettings } from "@/lib/data/company-roles/get-role-coverage-settings";
import { resetRoleCoverage } from "@/lib/data/company-roles/reset-role-coverage";
import { saveRoleCoverage } from "@/lib/data/company-roles/save-role-coverage";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { claimAccessWhere } from "@/lib/data/claims/claim-access";
import { contractAccessWhere } from "@/lib/data/contracts/contract-access";
import { documentAccessWhere } from "@/lib/data/documents/document-access";
import { insuredObjectAccessWhere } from "@/lib/data/insured-objects/insured-object-access";
import { premiumInvoiceAccessWhere } from "@/lib/data/premium-invoices/premium-invoice-access";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { db } from "@/lib/db/client";
import type { CompanyRole, LineGroup, RoleGrantor } from "@/lib/db/generated/enums";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let tenantId: string;
let ownerId: string;
let advisorId: string;
let otherAdvisorId: string;
let lines: Record<string, string>;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
  advisorId = (await createStaff(tenantId, { role: "advisor" })).id;
  otherAdvisorId = (await createStaff(tenantId, { role: "advisor" })).id;
  // the tenant's own line catalog, so the test does not depend on the shared seed
  const catalog: [string, LineGroup][] = [
    ["010", "PERSONAL"],
    ["051", "MOTOR"],
    ["081", "PROPERTY"],
    ["171", "PROPERTY"],
  ];
  lines = {};
  for (const [code, group] of catalog) {
    lines[code] = (await db.lineOfBusiness.create({ data: { tenantId, code, name: `Sparte ${code}`, group } })).id;
  }
});

async function company(overrides: Parameters<typeof createCustomer>[1] = {}) {
  const c = await createCustomer(tenantId, {
    kind: "COMPANY",
    firstName: null,
    lastName: null,
    companyName: `Firma ${uniqueSuffix()}`,
    ...overrides,
  });
  await db.moduleRelease.createMany({
    data: (["INSURANCE", "INVOICES", "CLAIMS", "PROFILE"] as const).map((module) => ({
      tenantId,
      customerId: c.id,
      module,
      level: "READ" as const,
    })),
  });
  return c;
}

/** A contact person with an active portal account and roles. */
async function account(companyId: string, roles: [CompanyRole, RoleGrantor][] = []) {
  const contact = await db.contactPerson.create({
    data: { tenantId, customerId: companyId, firstName: "Kai", lastName: `Konto-${uniqueSuffix()}` },
  });
  const user = await createCustomerUser(tenantId, companyId, { contactPersonId: contact.id });
  if (roles.length > 0) {
    await db.companyUserRole.createMany({
      data: roles.map(([role, grantedBy]) => ({ tenantId, userId: user.id, role, grantedBy })),
    });
  }
  return user;
}

async function rolesOf(userId: string) {
  const rows = await db.companyUserRole.findMany({ where: { userId }, select: { role: true, grantedBy: true } });
  return Object.fromEntries(rows.map((r) => [r.role, r.grantedBy]));
}

async function setRights(key: string, change: Partial<StaffRights>) {
  const role = await db.staffRole.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key } } });
  await db.staffRole.update({ where: { id: role.id }, data: { rights: { ...(role.rights as StaffRights), ...change } } });
}

describe("role ceiling of a company", () => {
  it("narrowing revokes only the roles the user manager granted outside the new ceiling, in this company only", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company({ companyRolesAllowed: ["FLEET_MANAGER", "OTHER_LINES"] });
    const other = await company({ companyRolesAllowed: ["FLEET_MANAGER"] });
    const byManager = await account(firm.id, [
      ["FLEET_MANAGER", "USER_MANAGER"],
      ["OTHER_LINES", "USER_MANAGER"],
    ]);
    const byBroker = await account(firm.id, [
      ["FLEET_MANAGER", "BROKER"],
      ["USER_MANAGER", "BROKER"],
    ]);
    const elsewhere = await account(other.id, [["FLEET_MANAGER", "USER_MANAGER"]]);

    const result = await setCompanyRoleCeiling(ctx, firm.id, ["OTHER_LINES"]);
    expect(result).toEqual({ ok: true, data: { roles: ["OTHER_LINES"], revoked: 1 } });

    expect((await db.customer.findUniqueOrThrow({ where: { id: firm.id } })).companyRolesAllowed).toEqual(["OTHER_LINES"]);
    expect(await rolesOf(byManager.id)).toEqual({ OTHER_LINES: "USER_MANAGER" });
    expect(await rolesOf(byBroker.id)).toEqual({ FLEET_MANAGER: "BROKER", USER_MANAGER: "BROKER" });
    expect(await rolesOf(elsewhere.id)).toEqual({ FLEET_MANAGER: "USER_MANAGER" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { tenantId, action: "company.ceilingChanged", entityId: firm.id },
    });
    expect(audit.data).toEqual({
      added: [],
      removed: ["FLEET_MANAGER"],
      revoked: [{ userId: byManager.id, role: "FLEET_MANAGER" }],
    });
  });

  it("refuses USER_MANAGER in the ceiling and changes nothing", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company({ companyRolesAllowed: ["FLEET_MANAGER"] });
    const result = await setCompanyRoleCeiling(ctx, firm.id, ["FLEET_MANAGER", "USER_MANAGER"]);
    expect(result).toEqual({ ok: false, error: "companyAdmin.errors.ceilingUserManager" });
    expect((await db.customer.findUniqueOrThrow({ where: { id: firm.id } })).companyRolesAllowed).toEqual(["FLEET_MANAGER"]);
  });
});

describe("company roles set by the broker", () => {
  it("grants USER_MANAGER (granted by the broker) whatever the ceiling, keeps the grantor of kept roles, audits the diff", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company({ companyRolesAllowed: [] });
    const user = await account(firm.id, [
      ["OTHER_LINES", "USER_MANAGER"],
      ["PERSONAL_LINES", "USER_MANAGER"],
    ]);

    const result = await setCompanyUserRolesByBroker(ctx, user.id, ["USER_MANAGER", "OTHER_LINES", "FULL_ACCESS"]);
    expect(result).toEqual({ ok: true, data: { roles: ["USER_MANAGER", "OTHER_LINES", "FULL_ACCESS"] } });
    expect(await rolesOf(user.id)).toEqual({ USER_MANAGER: "BROKER", FULL_ACCESS: "BROKER", OTHER_LINES: "USER_MANAGER" });
    const granted = await db.companyUserRole.findUniqueOrThrow({
      where: { userId_role: { userId: user.id, role: "USER_MANAGER" } },
    });
    expect(granted.grantedById).toBe(ownerId);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { tenantId, action: "companyUser.rolesChanged", entityId: user.id },
    });
    expect(audit).toMatchObject({ customerId: firm.id, actorUserId: ownerId });
    expect(audit.data).toEqual({ added: ["USER_MANAGER", "FULL_ACCESS"], removed: ["PERSONAL_LINES"], grantedBy: "BROKER" });

    const view = await getCompanyAdmin(ctx, firm.id);
    const listed = view?.contacts.find((c) => c.account?.id === user.id);
    expect(listed?.account?.roles).toEqual([
      { role: "USER_MANAGER", grantedBy: "BROKER" },
      { role: "OTHER_LINES", grantedBy: "USER_MANAGER" },
      { role: "FULL_ACCESS", grantedBy: "BROKER" },
    ]);
  });

  it("refuses unknown roles and changes nothing", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company();
    const user = await account(firm.id, [["FLEET_MANAGER", "BROKER"]]);
    const result = await setCompanyUserRolesByBroker(ctx, user.id, ["ADMIN" as CompanyRole]);
    expect(result).toEqual({ ok: false, error: "companyAdmin.errors.invalidRoles" });
    expect(await rolesOf(user.id)).toEqual({ FLEET_MANAGER: "BROKER" });
  });

  it("disables an account (sessions end, roles stay) and enables it again", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company();
    const user = await account(firm.id, [["FLEET_MANAGER", "BROKER"]]);
    expect(await setCompanyUserDisabled(ctx, user.id, true)).toEqual({ ok: true, data: { status: "DISABLED" } });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(disabled).toMatchObject({ status: "DISABLED", sessionVersion: user.sessionVersion + 1 });
    expect(await setCompanyUserDisabled(ctx, user.id, true)).toEqual({ ok: false, error: "companyAdmin.errors.alreadyDisabled" });
    expect(await setCompanyUserDisabled(ctx, user.id, false)).toEqual({ ok: true, data: { status: "ACTIVE" } });
    expect(await rolesOf(user.id)).toEqual({ FLEET_MANAGER: "BROKER" });
    const actions = await db.auditLog.findMany({ where: { tenantId, entityId: user.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["companyUser.disabled", "companyUser.enabled"]);
  });
});

describe("who may administer a company", () => {
  it("an advisor limited to own customers administers their company but cannot touch another advisor's", async () => {
    const advisor = await contextFor(advisorId);
    const own = await company({ advisorId, companyRolesAllowed: ["FLEET_MANAGER"] });
    const foreign = await company({ advisorId: otherAdvisorId, companyRolesAllowed: ["FLEET_MANAGER"] });
    const ownUser = await account(own.id);
    const foreignUser = await account(foreign.id, [["FLEET_MANAGER", "BROKER"]]);
    const foreignContact = await db.contactPerson.create({
      data: {
        tenantId,
        customerId: foreign.id,
        firstName: "Fremd",
        lastName: "Kontakt",
        email: `f-${uniqueSuffix()}@x.example`,
        mobile: "+491701234567",
      },
    });

    expect((await setCompanyRoleCeiling(advisor, own.id, ["OTHER_LINES"])).ok).toBe(true);
    expect((await setCompanyUserRolesByBroker(advisor, ownUser.id, ["FLEET_MANAGER"])).ok).toBe(true);

    await expect(setCompanyRoleCeiling(advisor, foreign.id, [])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCompanyUserRolesByBroker(advisor, foreignUser.id, ["FULL_ACCESS"])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCompanyUserDisabled(advisor, foreignUser.id, true)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(inviteCompanyContact(advisor, foreignContact.id, [])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getCompanyUserAccess(advisor, foreignUser.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getCompanyAdmin(advisor, foreign.id)).toBeNull();

    expect((await db.customer.findUniqueOrThrow({ where: { id: foreign.id } })).companyRolesAllowed).toEqual(["FLEET_MANAGER"]);
    expect(await rolesOf(foreignUser.id)).toEqual({ FLEET_MANAGER: "BROKER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: foreignUser.id } })).status).toBe("ACTIVE");
    expect(await db.user.count({ where: { contactPersonId: foreignContact.id } })).toBe(0);
  });

  it("a partner role without editCustomers is refused even for its own customer", async () => {
    const partnerId = (await createStaff(tenantId, { role: "partner" })).id;
    const partner = await contextFor(partnerId);
    const firm = await company({ advisorId: partnerId, companyRolesAllowed: ["FLEET_MANAGER"] });
    const user = await account(firm.id, [["FLEET_MANAGER", "BROKER"]]);
    const contact = await db.contactPerson.create({
      data: {
        tenantId,
        customerId: firm.id,
        firstName: "Pia",
        lastName: "Partner",
        email: `p-${uniqueSuffix()}@x.example`,
        mobile: "+491701234568",
      },
    });

    await expect(setCompanyRoleCeiling(partner, firm.id, [])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCompanyUserRolesByBroker(partner, user.id, ["USER_MANAGER"])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setCompanyUserDisabled(partner, user.id, true)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(inviteCompanyContact(partner, contact.id, [])).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await getCompanyAdmin(partner, firm.id))?.canEdit).toBe(false);

    expect((await db.customer.findUniqueOrThrow({ where: { id: firm.id } })).companyRolesAllowed).toEqual(["FLEET_MANAGER"]);
    expect(await rolesOf(user.id)).toEqual({ FLEET_MANAGER: "BROKER" });
    expect(await db.user.count({ where: { contactPersonId: contact.id } })).toBe(0);
  });

  it("a backoffice role whose editCustomers was removed is refused", async () => {
    const backofficeId = (await createStaff(tenantId, { role: "backoffice" })).id;
    await setRights("backoffice", { editCustomers: false });
    const ctx = await contextFor(backofficeId);
    const firm = await company({ companyRolesAllowed: ["FLEET_MANAGER"] });
    await expect(setCompanyRoleCeiling(ctx, firm.id, [])).rejects.toBeInstanceOf(AccessDeniedError);
    await setRights("backoffice", { editCustomers: true });
  });
});

describe("portal accounts for contact persons", () => {
  it("invites a contact as user manager: INVITED account linked to the contact, roles granted by the broker, invitation queued", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company();
    const email = `leitung-${uniqueSuffix()}@muster.example`;
    const contact = await db.contactPerson.create({
      data: {
        tenantId,
        customerId: firm.id,
        firstName: "Lea",
        lastName: "Leitung",
        email: ` ${email.toUpperCase()} `,
        mobile: "+49 170 5550123",
      },
    });

    const result = await inviteCompanyContact(ctx, contact.id, ["USER_MANAGER", "FLEET_MANAGER"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.userId } });
    expect(user).toMatchObject({
      tenantId,
      kind: "CUSTOMER",
      status: "INVITED",
      email,
      phone: "+491705550123",
      customerId: firm.id,
      contactPersonId: contact.id,
      firstName: "Lea",
      lastName: "Leitung",
    });
    expect(await rolesOf(user.id)).toEqual({ USER_MANAGER: "BROKER", FLEET_MANAGER: "BROKER" });
    expect(await db.invitation.count({ where: { userId: user.id, acceptedAt: null, revokedAt: null } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "companyUser.created", entityId: user.id } });
    expect(audit.customerId).toBe(firm.id);

    // one account per contact
    expect(await inviteCompanyContact(ctx, contact.id, [])).toEqual({ ok: false, error: "companyAdmin.errors.hasAccount" });
  });

  it("refuses a contact without mobile or with an e-mail another account uses, creating nothing", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company();
    const noMobile = await db.contactPerson.create({
      data: { tenantId, customerId: firm.id, firstName: "Ohne", lastName: "Handy", email: `oh-${uniqueSuffix()}@x.example` },
    });
    const noEmail = await db.contactPerson.create({
      data: { tenantId, customerId: firm.id, firstName: "Ohne", lastName: "Mail", mobile: "+491701111111" },
    });
    const staffEmail = (await db.user.findUniqueOrThrow({ where: { id: ownerId } })).email;
    const taken = await db.contactPerson.create({
      data: { tenantId, customerId: firm.id, firstName: "Doppelt", lastName: "Mail", email: staffEmail, mobile: "+491702222222" },
    });
    const usersBefore = await db.user.count({ where: { tenantId } });

    expect(await inviteCompanyContact(ctx, noMobile.id, ["FLEET_MANAGER"])).toEqual({
      ok: false,
      error: "companyAdmin.errors.noMobile",
    });
    expect(await inviteCompanyContact(ctx, noEmail.id, [])).toEqual({ ok: false, error: "companyAdmin.errors.noEmail" });
    expect(await inviteCompanyContact(ctx, taken.id, [])).toEqual({ ok: false, error: "companyAdmin.errors.emailInUse" });
    expect(await db.user.count({ where: { tenantId } })).toBe(usersBefore);
  });

  it("sendInvitation refuses a company record: companies log in through their contact persons", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company({ email: `firma-${uniqueSuffix()}@x.example`, mobile: "+491703333333" });
    const result = await sendInvitation(ctx, { customerId: firm.id });
    expect(result).toEqual({ ok: false, error: "invitations.errors.companyUseContacts" });
    expect(await db.user.count({ where: { customerId: firm.id } })).toBe(0);
  });
});

describe("company role mapping (settings)", () => {
  it("saves a mapping with extra line codes, refuses unknown or malformed codes and non-owners, resets to the default", async () => {
    const ctx = await contextFor(ownerId);
    const saved = await saveRoleCoverage(ctx, "FLEET_MANAGER", {
      lineGroups: ["MOTOR"],
      lineCodes: "171, 081",
      occupationalPension: false,
      unassignedLines: false,
    });
    expect(saved.ok).toBe(true);
    const row = await db.companyRoleCoverage.findUniqueOrThrow({ where: { tenantId_role: { tenantId, role: "FLEET_MANAGER" } } });
    expect(row).toMatchObject({ lineGroups: ["MOTOR"], lineCodes: ["081", "171"], updatedById: ownerId });
    const settings = await getRoleCoverageSettings(ctx);
    expect(settings.roles.find((r) => r.role === "FLEET_MANAGER")).toMatchObject({ customized: true });
    expect(settings.roles.find((r) => r.role === "OTHER_LINES")).toMatchObject({ customized: false });

    const unknown = await saveRoleCoverage(ctx, "FLEET_MANAGER", {
      lineGroups: [],
      lineCodes: ["999"],
      occupationalPension: true,
      unassignedLines: true,
    });
    expect(unknown).toMatchObject({ ok: false, error: { key: "companyAdmin.errors.unknownLineCode", values: { codes: "999" } } });
    const malformed = await saveRoleCoverage(ctx, "FLEET_MANAGER", {
      lineGroups: [],
      lineCodes: "17",
      occupationalPension: false,
      unassignedLines: false,
    });
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { lineCodes: "companyAdmin.errors.lineCodeFormat" } });
    expect(
      await saveRoleCoverage(ctx, "FULL_ACCESS", {
        lineGroups: [],
        lineCodes: [],
        occupationalPension: false,
        unassignedLines: false,
      }),
    ).toEqual({ ok: false, error: "companyAdmin.errors.notAdjustable" });
    const advisor = await contextFor(advisorId);
    await expect(
      saveRoleCoverage(advisor, "FLEET_MANAGER", {
        lineGroups: [],
        lineCodes: [],
        occupationalPension: false,
        unassignedLines: false,
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(resetRoleCoverage(advisor, "FLEET_MANAGER")).rejects.toBeInstanceOf(AccessDeniedError);
    const unchanged = await db.companyRoleCoverage.findUniqueOrThrow({
      where: { tenantId_role: { tenantId, role: "FLEET_MANAGER" } },
    });
    expect(unchanged).toMatchObject({ lineGroups: ["MOTOR"], lineCodes: ["081", "171"], occupationalPension: false });

    expect(await resetRoleCoverage(ctx, "FLEET_MANAGER")).toEqual({ ok: true, data: { role: "FLEET_MANAGER" } });
    expect(await db.companyRoleCoverage.count({ where: { tenantId, role: "FLEET_MANAGER" } })).toBe(0);
    const audits = await db.auditLog.count({ where: { tenantId, action: "companyRoles.coverageChanged" } });
    expect(audits).toBe(2);
  });
});

describe("effective access of a company account", () => {
  it("lists exactly the contracts contractAccessWhere gives the user, with coverage, scope and the audit entry", async () => {
    const owner = await contextFor(ownerId);
    const holding = await company();
    const subsidiary = await company({ parentCompanyId: holding.id });
    const motor = await createContract(tenantId, holding.id, { lineId: lines["051"], policyNumber: `KFZ-${uniqueSuffix()}` });
    await createContract(tenantId, holding.id, { lineId: lines["051"], isConfidential: true });
    await createContract(tenantId, holding.id, { lineId: lines["010"] });
    await createContract(tenantId, holding.id, { lineId: lines["081"] });
    await createContract(tenantId, holding.id, { lineId: lines["010"], isOccupationalPension: true });
    const subMotor = await createContract(tenantId, subsidiary.id, { lineId: lines["051"] });
    const personal = await createContract(tenantId, holding.id, { lineId: lines["010"], product: "Gruppenunfall" });
    for (const contract of [motor, personal]) {
      await db.premiumInvoice.create({
        data: {
          tenantId,
          customerId: holding.id,
          contractId: contract.id,
          number: `R-${uniqueSuffix()}`,
          amount: "100.00",
          periodStart: new Date("2026-01-01"),
          periodEnd: new Date("2026-12-31"),
          dueDate: new Date("2026-01-15"),
        },
      });
      await db.claim.create({
        data: {
          tenantId,
          customerId: holding.id,
          contractId: contract.id,
          occurredOn: new Date("2026-03-01"),
          description: "Schaden",
        },
      });
    }
    await db.insuredObject.create({
      data: { tenantId, customerId: holding.id, contractId: motor.id, kind: "VEHICLE", name: "Lkw HH-ML 1" },
    });
    await db.insuredObject.create({ data: { tenantId, customerId: holding.id, kind: "BUILDING", name: "Lager ohne Vertrag" } });
    const fleet = await account(holding.id, [["FLEET_MANAGER", "BROKER"]]);

    const access = await getCompanyUserAccess(owner, fleet.id);
    const asUser = await contextFor(fleet.id);
    const portal = await db.contract.findMany({ where: contractAccessWhere(asUser), select: { id: true } });
    expect(access.available).toBe(true);
    expect(new Set(access.contracts.map((c) => c.id))).toEqual(new Set(portal.map((c) => c.id)));
    expect(access.contracts.map((c) => c.id)).toEqual([motor.id]);
    expect(access.roles).toEqual(["FLEET_MANAGER"]);
    expect(access.coverage).toMatchObject({ lineGroups: ["MOTOR"], confidential: false, occupationalPension: false });
    expect(access.scope.map((s) => s.id)).toEqual([holding.id]);
    // the counts are those of the portal's own where-builders for this user: motor invoice, claim and vehicle only
    expect(access.counts).toEqual({
      documents: await db.document.count({ where: documentAccessWhere(asUser) }),
      invoices: await db.premiumInvoice.count({ where: premiumInvoiceAccessWhere(asUser) }),
      objects: await db.insuredObject.count({ where: insuredObjectAccessWhere(asUser) }),
      claims: await db.claim.count({ where: claimAccessWhere(asUser) }),
    });
    expect(access.counts).toMatchObject({ invoices: 1, objects: 1, claims: 1 });
    expect(await db.auditLog.count({ where: { tenantId, action: "companyUser.accessViewed", entityId: fleet.id } })).toBe(1);

    // group manager widens the scope to the subsidiary
    await setCompanyUserRolesByBroker(owner, fleet.id, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    const widened = await getCompanyUserAccess(owner, fleet.id);
    const portalWidened = await db.contract.findMany({
      where: contractAccessWhere(await contextFor(fleet.id)),
      select: { id: true },
    });
    expect(new Set(widened.contracts.map((c) => c.id))).toEqual(new Set(portalWidened.map((c) => c.id)));
    expect(new Set(widened.contracts.map((c) => c.id))).toEqual(new Set([motor.id, subMotor.id]));
    expect(new Set(widened.scope.map((s) => s.id))).toEqual(new Set([holding.id, subsidiary.id]));

    // user manager alone: no data
    const manager = await account(holding.id, [["USER_MANAGER", "BROKER"]]);
    const managerAccess = await getCompanyUserAccess(owner, manager.id);
    expect(managerAccess).toMatchObject({ isUserManager: true, contracts: [] });
    expect(managerAccess.counts).toEqual({ documents: 0, invoices: 0, objects: 0, claims: 0 });
  });
});
