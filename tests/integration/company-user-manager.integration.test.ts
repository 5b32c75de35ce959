// The company's own user manager (lib/data/company-users/*): manages contacts and portal accounts of the own
// company only, hands out role sets only within the broker's ceiling (never USER_MANAGER, never to
// another company, a subsidiary or another office), sees no data through the role itself, cannot elevate
// themself beyond the ceiling, and every change is audited and applies on the next request.
import { beforeAll, describe, expect, it } from "vitest";
import { createCompanyAccount } from "@/lib/data/company-users/create-company-account";
import { createCompanyContact } from "@/lib/data/company-users/create-company-contact";
import { disableCompanyUser } from "@/lib/data/company-users/disable-company-user";
import { enableCompanyUser } from "@/lib/data/company-users/enable-company-user";
import { getCompanyContact } from "@/lib/data/company-users/get-company-contact";
import { listCompanyContacts } from "@/lib/data/company-users/list-company-contacts";
import { requireUserManager } from "@/lib/data/company-users/require-user-manager";
import { resendCompanyInvitation } from "@/lib/data/company-users/resend-company-invitation";
import { setCompanyUserRoles } from "@/lib/data/company-users/set-company-user-roles";
import { updateCompanyContact } from "@/lib/data/company-users/update-company-contact";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { contractAccessWhere } from "@/lib/data/contracts/contract-access";
import { loadRegistration } from "@/lib/data/invitations/load-registration";
import { db } from "@/lib/db/client";
import type { CompanyRole, PortalModule } from "@/lib/db/generated/client";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

type Company = { id: string; tenantId: string };

const RELEASED: PortalModule[] = ["INSURANCE", "INVOICES", "CLAIMS", "PROFILE", "COMMUNICATION"];

async function company(tenantId: string, name: string, extra: { parentCompanyId?: string; ceiling?: CompanyRole[] } = {}) {
  const suffix = uniqueSuffix();
  const c = await db.customer.create({
    data: {
      tenantId,
      kind: "COMPANY",
      customerNumber: `F-${suffix}`,
      companyName: `${name} ${suffix}`,
      parentCompanyId: extra.parentCompanyId ?? null,
      companyRolesAllowed: extra.ceiling ?? [],
    },
  });
  await db.moduleRelease.createMany({
    data: RELEASED.map((module) => ({ tenantId, customerId: c.id, module, level: "READ" as const })),
  });
  return c;
}

/** A contact person with an ACTIVE login holding `roles` granted by the broker. */
async function account(c: Company, roles: CompanyRole[], status: "ACTIVE" | "INVITED" = "ACTIVE") {
  const suffix = uniqueSuffix();
  const contact = await db.contactPerson.create({
    data: {
      tenantId: c.tenantId,
      customerId: c.id,
      firstName: "Max",
      lastName: `Mitarbeiter-${suffix}`,
      email: `ma-${suffix}@test.example`,
      mobile: "+4915112345678",
    },
  });
  const user = await createCustomerUser(c.tenantId, c.id, {
    email: contact.email!,
    phone: contact.mobile,
    contactPersonId: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    status,
    ...(status === "INVITED" ? { passwordHash: null, emailVerifiedAt: null } : {}),
  });
  if (roles.length > 0) {
    await db.companyUserRole.createMany({
      data: roles.map((role) => ({ tenantId: c.tenantId, userId: user.id, role, grantedBy: "BROKER" as const })),
    });
  }
  return { userId: user.id, contactId: contact.id, email: user.email };
}

const rolesOf = async (userId: string) =>
  (await db.companyUserRole.findMany({ where: { userId }, select: { role: true } })).map((r) => r.role).sort();

async function snapshot(tenantId: string) {
  const [users, roles, invitations, outbox, audits, contacts] = await Promise.all([
    db.user.findMany({ where: { tenantId }, select: { id: true, status: true, sessionVersion: true }, orderBy: { id: "asc" } }),
    db.companyUserRole.findMany({
      where: { tenantId },
      select: { userId: true, role: true },
      orderBy: [{ userId: "asc" }, { role: "asc" }],
    }),
    db.invitation.count({ where: { tenantId } }),
    db.outboxMessage.count({ where: { tenantId } }),
    db.auditLog.count({ where: { tenantId } }),
    db.contactPerson.count({ where: { tenantId } }),
  ]);
  return { users, roles, invitations, outbox, audits, contacts };
}

/** The refusal (thrown AccessDeniedError or a returned error) leaves both offices exactly as they were. */
async function expectNoChange(run: () => Promise<unknown>, expectThrow: boolean) {
  const before = [await snapshot(tenantId), await snapshot(otherTenantId)];
  if (expectThrow) await expect(run()).rejects.toThrow(AccessDeniedError);
  else expect(await run()).toMatchObject({ ok: false });
  expect([await snapshot(tenantId), await snapshot(otherTenantId)]).toEqual(before);
}

/** The company access a context carries (null for staff and private customers). */
const companyOf = (ctx: RequestContext) => (ctx.actor.kind === "CUSTOMER" ? ctx.actor.company : null);

const CEILING: CompanyRole[] = ["FLEET_MANAGER", "OTHER_LINES", "PERSONAL_LINES"];

let tenantId: string;
let otherTenantId: string;
let muster: Company;
let subsidiary: Company;
let foreign: Company;
let otherOffice: Company;
let um: { userId: string; contactId: string; ctx: RequestContext };
let otherUm: Awaited<ReturnType<typeof account>>;
let employee: Awaited<ReturnType<typeof account>>;
let subsidiaryUser: Awaited<ReturnType<typeof account>>;
let foreignUser: Awaited<ReturnType<typeof account>>;
let otherOfficeUser: Awaited<ReturnType<typeof account>>;

beforeAll(async () => {
  const tenant = await createTenant({ contactEmail: "service@makler.example" });
  const other = await createTenant();
  tenantId = tenant.id;
  otherTenantId = other.id;
  muster = await company(tenantId, "Muster Logistik AG", { ceiling: CEILING });
  subsidiary = await company(tenantId, "Muster Transport GmbH", { parentCompanyId: muster.id, ceiling: CEILING });
  foreign = await company(tenantId, "Fremdfirma KG", { ceiling: CEILING });
  otherOffice = await company(otherTenantId, "Anderes Büro AG", { ceiling: CEILING });
  const umAccount = await account(muster, ["USER_MANAGER"]);
  um = { ...umAccount, ctx: await contextFor(umAccount.userId) };
  otherUm = await account(muster, ["USER_MANAGER", "FLEET_MANAGER"]);
  employee = await account(muster, ["OTHER_LINES"]);
  subsidiaryUser = await account(subsidiary, ["OTHER_LINES"]);
  foreignUser = await account(foreign, ["OTHER_LINES"]);
  otherOfficeUser = await account(otherOffice, ["OTHER_LINES"]);
  // Contracts of every kind the role could reveal if it shared data: with and without line, confidential.
  await createContract(tenantId, muster.id, { product: "Betriebshaftpflicht" });
  await createContract(tenantId, muster.id, { product: "D&O", isConfidential: true });
  await createContract(tenantId, subsidiary.id, { product: "Flotte" });
});

describe("who may manage", () => {
  it("the user manager gets their own company's access; the actor is a real company user", () => {
    requireUserManager(um.ctx);
    expect(companyOf(um.ctx)).toMatchObject({ companyId: muster.id, isUserManager: true });
  });

  it("a company user without the role, a private customer and staff are refused", async () => {
    const plain = await contextFor(employee.userId);
    const privateCustomer = await createCustomer(tenantId);
    const privateLogin = await createCustomerUser(tenantId, privateCustomer.id);
    const privateCtx = await contextFor(privateLogin.id);
    const staff = await contextFor((await createStaff(tenantId, { role: "owner" })).id);
    for (const ctx of [plain, privateCtx, staff, null]) {
      expect(() => requireUserManager(ctx)).toThrow(AccessDeniedError);
      await expectNoChange(
        () =>
          createCompanyContact(ctx, { firstName: "A", lastName: "B", email: "", businessPhone: "", mobile: "", position: "" }),
        true,
      );
      await expectNoChange(() => setCompanyUserRoles(ctx, employee.userId, { roles: ["FLEET_MANAGER"] }), true);
      await expectNoChange(() => disableCompanyUser(ctx, employee.userId), true);
    }
    await expect(listCompanyContacts(plain)).rejects.toThrow(AccessDeniedError);
  });

  it("a read-only preview of the user manager cannot change anything", async () => {
    const preview: RequestContext = {
      ...um.ctx,
      actor: { ...um.ctx.actor, folderReadOnly: true } as RequestContext["actor"],
    };
    await expectNoChange(() => setCompanyUserRoles(preview, employee.userId, { roles: ["FLEET_MANAGER"] }), true);
  });

  it("a full-access user reads the contact list without account controls or roles", async () => {
    const reader = await account(muster, ["FULL_ACCESS"]);
    const readerCtx = await contextFor(reader.userId);
    const list = await listCompanyContacts(readerCtx);
    expect(list.canManage).toBe(false);
    expect(list.assignableRoles).toEqual([]);
    expect(list.items.map((i) => i.id)).toContain(employee.contactId);
    expect(list.items.every((i) => i.account === null || i.account.roles.length === 0)).toBe(true);
    await expectNoChange(() => setCompanyUserRoles(readerCtx, employee.userId, { roles: [] }), true);
    await expectNoChange(
      () => createCompanyAccount(readerCtx, { contactId: employee.contactId, roles: ["FLEET_MANAGER"] }),
      true,
    );
  });
});

describe("the user manager role shares no data", () => {
  it("a user manager alone sees none of the company's contracts", async () => {
    const visible = (ctx: RequestContext) => db.contract.count({ where: { AND: [contractAccessWhere(ctx), { tenantId }] } });
    expect(await visible(um.ctx)).toBe(0);
    // the same contracts are there for a full-access colleague (the zero is the role's, not the world's)
    const colleague = await account(muster, ["FULL_ACCESS"]);
    expect(await visible(await contextFor(colleague.userId))).toBe(2);
    expect(companyOf(um.ctx)?.scope.map((s) => s.customerId)).toEqual([muster.id]);
  });
});

describe("contacts of the own company", () => {
  it("lists the own company's contacts only, with account status, roles and the assignable ceiling", async () => {
    const list = await listCompanyContacts(um.ctx);
    const ids = list.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([um.contactId, otherUm.contactId, employee.contactId]));
    expect(ids).not.toContain(subsidiaryUser.contactId);
    expect(ids).not.toContain(foreignUser.contactId);
    expect(ids).not.toContain(otherOfficeUser.contactId);
    expect(list.canManage).toBe(true);
    expect(new Set(list.assignableRoles)).toEqual(new Set(CEILING));
    const row = list.items.find((i) => i.id === employee.contactId);
    expect(row?.account).toMatchObject({ status: "ACTIVE", roles: ["OTHER_LINES"], isUserManager: false, isSelf: false });
  });

  it("finds contacts by name", async () => {
    const list = await listCompanyContacts(um.ctx, { q: employee.email.split("@")[0] });
    expect(list.items.map((i) => i.id)).toEqual([employee.contactId]);
  });

  it("creates and edits a contact of the own company with normalised e-mail and phones, audited", async () => {
    const created = await createCompanyContact(um.ctx, {
      firstName: "Fiona",
      lastName: "Flotte",
      position: "Fuhrpark",
      email: "Fiona.Flotte@Muster.example",
      businessPhone: "",
      mobile: "0049 170 1234567",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.contactPerson.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ customerId: muster.id, tenantId, email: "fiona.flotte@muster.example", mobile: "+491701234567" });
    expect(
      await updateCompanyContact(um.ctx, created.id, {
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email ?? "",
        mobile: row.mobile ?? "",
        businessPhone: "+49 40 123456",
        position: "Fuhrparkleitung",
      }),
    ).toEqual({
      ok: true,
      id: created.id,
    });
    const audits = await db.auditLog.findMany({ where: { tenantId, entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorUserId])).toEqual([
      ["companyContact.created", um.userId],
      ["companyContact.updated", um.userId],
    ]);
    expect(audits[1]?.data).toEqual({ fields: ["position", "businessPhone"] });
    expect((await getCompanyContact(um.ctx, created.id))?.contact.businessPhone).toBe("+4940123456");
  });

  it("cannot read or edit a contact of a subsidiary, another company or another office", async () => {
    for (const other of [subsidiaryUser, foreignUser, otherOfficeUser]) {
      expect(await getCompanyContact(um.ctx, other.contactId)).toBeNull();
      await expectNoChange(
        () =>
          updateCompanyContact(um.ctx, other.contactId, {
            firstName: "X",
            lastName: "Y",
            email: "",
            businessPhone: "",
            mobile: "",
            position: "",
          }),
        true,
      );
    }
  });
});

describe("creating a portal account", () => {
  async function newContact(overrides: Partial<{ email: string; mobile: string }> = {}) {
    const suffix = uniqueSuffix();
    const created = await createCompanyContact(um.ctx, {
      firstName: "Fritz",
      lastName: `Flotte-${suffix}`,
      position: "Fuhrpark",
      email: `fritz.${suffix}@muster.example`,
      businessPhone: "",
      mobile: "+49 170 5550101",
      ...overrides,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    return created.id;
  }

  it("creates an INVITED account with the roles, an invitation and its e-mail in the outbox, audited", async () => {
    const contactId = await newContact();
    const contact = await db.contactPerson.findUniqueOrThrow({ where: { id: contactId } });
    const result = await createCompanyAccount(um.ctx, { contactId, roles: ["FLEET_MANAGER"] });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const user = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({
      tenantId,
      kind: "CUSTOMER",
      status: "INVITED",
      customerId: muster.id,
      contactPersonId: contactId,
      email: contact.email,
      phone: "+491705550101",
      firstName: "Fritz",
      lastName: contact.lastName,
      passwordHash: null,
    });
    expect(
      await db.companyUserRole.findMany({
        where: { userId: user.id },
        select: { role: true, grantedBy: true, grantedById: true },
      }),
    ).toEqual([{ role: "FLEET_MANAGER", grantedBy: "USER_MANAGER", grantedById: um.userId }]);
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(invitation).toMatchObject({ tenantId, email: contact.email, createdById: um.userId, revokedAt: null });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, channel: "EMAIL", recipient: contact.email! } });
    const link = /https?:\/\/\S+\/register\/([A-Za-z0-9_-]{43})/.exec((mail.payload as { text: string }).text);
    expect(link).not.toBeNull();
    // The link starts the ordinary registration: e-mail code first, to the contact's address.
    const registration = await loadRegistration({ tenantId, token: link![1] });
    expect(registration).toMatchObject({ state: "open", progress: { step: "EMAIL_CODE" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "companyUser.created", entityId: user.id } });
    expect(audit).toMatchObject({ actorUserId: um.userId, actorKind: "customer", customerId: muster.id });
    expect(audit.data).toMatchObject({ contactPersonId: contactId, roles: ["FLEET_MANAGER"], invitationId: invitation.id });
    // the list shows the new account as invited
    const row = (await listCompanyContacts(um.ctx)).items.find((i) => i.id === contactId);
    expect(row?.account).toMatchObject({ status: "INVITED", roles: ["FLEET_MANAGER"] });
  });

  it("refuses a contact without mobile or e-mail, an e-mail already in use, and a second account", async () => {
    const noMobile = await newContact({ mobile: "" });
    await expectNoChange(() => createCompanyAccount(um.ctx, { contactId: noMobile, roles: ["FLEET_MANAGER"] }), false);
    expect(await createCompanyAccount(um.ctx, { contactId: noMobile, roles: ["FLEET_MANAGER"] })).toMatchObject({
      error: "companyUsers.errors.noMobile",
      field: "mobile",
    });
    const noEmail = await newContact({ email: "" });
    expect(await createCompanyAccount(um.ctx, { contactId: noEmail, roles: ["FLEET_MANAGER"] })).toMatchObject({
      error: "companyUsers.errors.noEmail",
    });
    const taken = await newContact({ email: employee.email });
    await expectNoChange(() => createCompanyAccount(um.ctx, { contactId: taken, roles: ["FLEET_MANAGER"] }), false);
    expect(await createCompanyAccount(um.ctx, { contactId: taken, roles: ["FLEET_MANAGER"] })).toMatchObject({
      error: "companyUsers.errors.emailUnavailable",
    });
    await expectNoChange(() => createCompanyAccount(um.ctx, { contactId: employee.contactId, roles: ["FLEET_MANAGER"] }), false);
  });

  it("refuses USER_MANAGER, roles outside the ceiling and no role at all", async () => {
    const contactId = await newContact();
    for (const roles of [["USER_MANAGER"], ["FULL_ACCESS"], ["GROUP_MANAGER", "FLEET_MANAGER"], []] as CompanyRole[][]) {
      await expectNoChange(() => createCompanyAccount(um.ctx, { contactId, roles }), false);
    }
  });

  it("refuses contacts of a subsidiary, another company or another office", async () => {
    for (const tenantContact of [subsidiaryUser, foreignUser, otherOfficeUser]) {
      const c = await db.contactPerson.create({
        data: {
          tenantId: tenantContact === otherOfficeUser ? otherTenantId : tenantId,
          customerId:
            tenantContact === subsidiaryUser ? subsidiary.id : tenantContact === foreignUser ? foreign.id : otherOffice.id,
          firstName: "Ohne",
          lastName: "Konto",
          email: `ohne-${uniqueSuffix()}@test.example`,
          mobile: "+491705550199",
        },
      });
      await expectNoChange(() => createCompanyAccount(um.ctx, { contactId: c.id, roles: ["FLEET_MANAGER"] }), true);
    }
  });

  it("resends the invitation of an invited account only, revoking the older one, audited", async () => {
    const contactId = await newContact();
    const created = await createCompanyAccount(um.ctx, { contactId, roles: ["OTHER_LINES"] });
    if (!created.ok) throw new Error("account not created");
    expect(await resendCompanyInvitation(um.ctx, created.id)).toEqual({ ok: true, id: created.id });
    const invitations = await db.invitation.findMany({ where: { userId: created.id }, orderBy: { createdAt: "asc" } });
    expect(invitations).toHaveLength(2);
    expect(invitations[0]?.revokedAt).not.toBeNull();
    expect(invitations[1]?.revokedAt).toBeNull();
    expect(await db.auditLog.count({ where: { tenantId, action: "companyUser.invitationResent", entityId: created.id } })).toBe(
      1,
    );
    await expectNoChange(() => resendCompanyInvitation(um.ctx, employee.userId), false);
    await expectNoChange(() => resendCompanyInvitation(um.ctx, foreignUser.userId), true);
  });
});

describe("changing roles", () => {
  it("adds and removes roles within the ceiling, audited, visible in the next request", async () => {
    const target = await account(muster, ["OTHER_LINES"]);
    const before = await contextFor(target.userId);
    expect(companyOf(before)?.roles).toEqual(["OTHER_LINES"]);
    expect(await setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER", "PERSONAL_LINES"] })).toEqual({
      ok: true,
      id: target.userId,
    });
    expect(await rolesOf(target.userId)).toEqual(["FLEET_MANAGER", "PERSONAL_LINES"]);
    const after = await contextFor(target.userId);
    expect(new Set(companyOf(after)?.roles)).toEqual(new Set(["FLEET_MANAGER", "PERSONAL_LINES"]));
    const audit = await db.auditLog.findFirstOrThrow({
      where: { tenantId, action: "companyUser.rolesChanged", entityId: target.userId },
    });
    expect(audit).toMatchObject({ actorUserId: um.userId, customerId: muster.id });
    expect(audit.data).toEqual({ added: ["PERSONAL_LINES", "FLEET_MANAGER"].sort(sortByEnum), removed: ["OTHER_LINES"] });
    const granted = await db.companyUserRole.findMany({
      where: { userId: target.userId },
      select: { grantedBy: true, grantedById: true },
    });
    expect(granted.every((g) => g.grantedBy === "USER_MANAGER" && g.grantedById === um.userId)).toBe(true);
  });

  it("leaves an account with roles the broker granted outside the ceiling to the broker and refuses to add such roles", async () => {
    const target = await account(muster, ["FULL_ACCESS", "OTHER_LINES"]);
    await expectNoChange(() => setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER"] }), false);
    expect(await setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER"] })).toMatchObject({
      error: "companyUsers.errors.brokerRoles",
    });
    expect(await rolesOf(target.userId)).toEqual(["FULL_ACCESS", "OTHER_LINES"]);
    await expectNoChange(() => setCompanyUserRoles(um.ctx, employee.userId, { roles: ["OTHER_LINES", "GROUP_MANAGER"] }), false);
  });

  it("never grants USER_MANAGER", async () => {
    await expectNoChange(() => setCompanyUserRoles(um.ctx, employee.userId, { roles: ["OTHER_LINES", "USER_MANAGER"] }), false);
  });

  it("refuses users of another company, a subsidiary or another office, changing nothing", async () => {
    for (const target of [foreignUser, subsidiaryUser, otherOfficeUser]) {
      await expectNoChange(() => setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER"] }), true);
      await expectNoChange(() => disableCompanyUser(um.ctx, target.userId), true);
    }
    // the company's own login without a contact person is not the user manager's either
    const mainLogin = await createCustomerUser(tenantId, muster.id);
    await expectNoChange(() => setCompanyUserRoles(um.ctx, mainLogin.id, { roles: ["FLEET_MANAGER"] }), true);
  });

  it("cannot change another user manager's roles", async () => {
    await expectNoChange(() => setCompanyUserRoles(um.ctx, otherUm.userId, { roles: [] }), false);
    expect(await rolesOf(otherUm.userId)).toEqual(["FLEET_MANAGER", "USER_MANAGER"]);
  });

  it("self FULL_ACCESS is refused until the broker adds it to the ceiling, then allowed", async () => {
    const self = await account(muster, ["USER_MANAGER"]);
    const ctx = await contextFor(self.userId);
    await expectNoChange(() => setCompanyUserRoles(ctx, self.userId, { roles: ["FULL_ACCESS"] }), false);
    expect(await setCompanyUserRoles(ctx, self.userId, { roles: ["FLEET_MANAGER"] })).toMatchObject({ ok: true });
    await db.customer.update({ where: { id: muster.id }, data: { companyRolesAllowed: [...CEILING, "FULL_ACCESS"] } });
    try {
      expect(await setCompanyUserRoles(ctx, self.userId, { roles: ["FLEET_MANAGER", "FULL_ACCESS"] })).toMatchObject({
        ok: true,
      });
      expect(await rolesOf(self.userId)).toEqual(["FLEET_MANAGER", "FULL_ACCESS", "USER_MANAGER"]);
      const next = await contextFor(self.userId);
      expect(companyOf(next)).toMatchObject({ isUserManager: true });
      expect(new Set(companyOf(next)?.roles)).toEqual(new Set(["USER_MANAGER", "FLEET_MANAGER", "FULL_ACCESS"]));
    } finally {
      await db.customer.update({ where: { id: muster.id }, data: { companyRolesAllowed: CEILING } });
    }
  });
});

describe("deactivating accounts", () => {
  it("deactivates an account: no context any more, sessions end, audited; activating restores it", async () => {
    const target = await account(muster, ["OTHER_LINES"]);
    const before = await db.user.findUniqueOrThrow({ where: { id: target.userId } });
    expect(await disableCompanyUser(um.ctx, target.userId)).toEqual({ ok: true, id: target.userId });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: target.userId } });
    expect(disabled.status).toBe("DISABLED");
    expect(disabled.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(contextFor(target.userId)).rejects.toThrow();
    expect(await db.auditLog.count({ where: { tenantId, action: "companyUser.disabled", entityId: target.userId } })).toBe(1);
    const row = (await listCompanyContacts(um.ctx)).items.find((i) => i.id === target.contactId);
    expect(row?.account?.status).toBe("DISABLED");

    expect(await enableCompanyUser(um.ctx, target.userId)).toEqual({ ok: true, id: target.userId });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).status).toBe("ACTIVE");
    expect(await db.auditLog.count({ where: { tenantId, action: "companyUser.enabled", entityId: target.userId } })).toBe(1);
    expect(companyOf(await contextFor(target.userId))?.roles).toEqual(["OTHER_LINES"]);
  });

  it("an account that never registered goes back to invited, its open invitation withdrawn on deactivation", async () => {
    const target = await account(muster, ["OTHER_LINES"], "INVITED");
    await db.invitation.create({
      data: {
        tenantId,
        userId: target.userId,
        email: target.email,
        tokenHash: `h-${uniqueSuffix()}`,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    expect(await disableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect(await db.invitation.count({ where: { userId: target.userId, revokedAt: null } })).toBe(0);
    expect(await enableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).status).toBe("INVITED");
  });

  it("refuses deactivating oneself or another user manager", async () => {
    await expectNoChange(() => disableCompanyUser(um.ctx, um.userId), false);
    expect(await disableCompanyUser(um.ctx, um.userId)).toMatchObject({ error: "companyUsers.errors.notSelf" });
    await expectNoChange(() => disableCompanyUser(um.ctx, otherUm.userId), false);
    expect(await disableCompanyUser(um.ctx, otherUm.userId)).toMatchObject({ error: "companyUsers.errors.otherUserManager" });
  });
});

const ORDER: CompanyRole[] = [
  "USER_MANAGER",
  "OCCUPATIONAL_PENSION",
  "PERSONAL_LINES",
  "FLEET_MANAGER",
  "OTHER_LINES",
  "FULL_ACCESS",
  "GROUP_MANAGER",
];
function sortByEnum(a: string, b: string) {
  return ORDER.indexOf(a as CompanyRole) - ORDER.indexOf(b as CompanyRole);
}
