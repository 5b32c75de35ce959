// Limits of the company's user manager (lib/data/company-users/*) found in the security review: accounts
// holding roles only the broker can grant (or another user manager's) are out of the user manager's reach;
// an account the broker deactivated stays deactivated; the ceiling is checked under the company row's lock;
// a restricted company cannot be changed; e-mail refusals do not tell what kind of account holds the address;
// invitations per company and hour are limited.
import { beforeAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { setCompanyUserDisabled } from "@/lib/data/company-admin/set-company-user-disabled";
import { setCompanyUserRolesByBroker } from "@/lib/data/company-admin/set-company-user-roles-by-broker";
import { createCompanyAccount } from "@/lib/data/company-users/create-company-account";
import { createCompanyContact } from "@/lib/data/company-users/create-company-contact";
import { disableCompanyUser } from "@/lib/data/company-users/disable-company-user";
import { enableCompanyUser } from "@/lib/data/company-users/enable-company-user";
import { getCompanyContact } from "@/lib/data/company-users/get-company-contact";
import { listCompanyContacts } from "@/lib/data/company-users/list-company-contacts";
import { resendCompanyInvitation } from "@/lib/data/company-users/resend-company-invitation";
import { setCompanyUserRoles } from "@/lib/data/company-users/set-company-user-roles";
import { updateCompanyContact } from "@/lib/data/company-users/update-company-contact";
import { INVITATIONS_PER_HOUR } from "@/lib/data/company-users/user-manager-company";
import type { RequestContext } from "@/lib/data/context/types";
import { db } from "@/lib/db/client";
import type { CompanyRole, PortalModule } from "@/lib/db/generated/client";
import { createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

type Company = { id: string; tenantId: string };
type Account = { userId: string; contactId: string; email: string };

const RELEASED: PortalModule[] = ["INSURANCE", "INVOICES", "CLAIMS", "PROFILE", "COMMUNICATION"];
const CEILING: CompanyRole[] = ["FLEET_MANAGER", "OTHER_LINES"];

let tenantId: string;
let staffCtx: RequestContext;

async function company(ceiling: CompanyRole[] = CEILING): Promise<Company> {
  const suffix = uniqueSuffix();
  const c = await db.customer.create({
    data: {
      tenantId,
      kind: "COMPANY",
      customerNumber: `F-${suffix}`,
      companyName: `Muster Logistik AG ${suffix}`,
      companyRolesAllowed: ceiling,
    },
  });
  await db.moduleRelease.createMany({
    data: RELEASED.map((module) => ({ tenantId, customerId: c.id, module, level: "READ" as const })),
  });
  return c;
}

/** A contact person with a login holding `roles` granted by the broker. */
async function account(c: Company, roles: CompanyRole[], status: "ACTIVE" | "INVITED" = "ACTIVE"): Promise<Account> {
  const suffix = uniqueSuffix();
  const contact = await db.contactPerson.create({
    data: {
      tenantId,
      customerId: c.id,
      firstName: "Max",
      lastName: `Mitarbeiter-${suffix}`,
      email: `ma-${suffix}@test.example`,
      mobile: "+4915112345678",
    },
  });
  const user = await createCustomerUser(tenantId, c.id, {
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
      data: roles.map((role) => ({ tenantId, userId: user.id, role, grantedBy: "BROKER" as const })),
    });
  }
  return { userId: user.id, contactId: contact.id, email: user.email };
}

async function userManager(c: Company) {
  const a = await account(c, ["USER_MANAGER"]);
  return { ...a, ctx: await contextFor(a.userId) };
}

const rolesOf = async (userId: string) =>
  (await db.companyUserRole.findMany({ where: { userId }, select: { role: true } })).map((r) => r.role).sort();

async function snapshot() {
  const [users, roles, invitations, outbox, audits, contacts] = await Promise.all([
    db.user.findMany({
      where: { tenantId },
      select: { id: true, status: true, email: true, phone: true, sessionVersion: true },
      orderBy: { id: "asc" },
    }),
    db.companyUserRole.findMany({
      where: { tenantId },
      select: { userId: true, role: true },
      orderBy: [{ userId: "asc" }, { role: "asc" }],
    }),
    db.invitation.findMany({ where: { tenantId }, select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db.outboxMessage.count({ where: { tenantId } }),
    db.auditLog.count({ where: { tenantId } }),
    db.contactPerson.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
  ]);
  return { users, roles, invitations, outbox, audits, contacts };
}

/** The call answers with exactly this refusal and changes nothing in the office. */
async function expectRefused(run: () => Promise<unknown>, error: unknown) {
  const before = await snapshot();
  expect(await run()).toMatchObject({ ok: false, error });
  expect(await snapshot()).toEqual(before);
}

const contactInput = (overrides: Partial<Record<"email" | "mobile", string>> = {}) => ({
  firstName: "Fritz",
  lastName: `Flotte-${uniqueSuffix()}`,
  position: "Fuhrpark",
  email: `fritz-${uniqueSuffix()}@muster.example`,
  businessPhone: "",
  mobile: "+49 170 5550101",
  ...overrides,
});

beforeAll(async () => {
  tenantId = (await createTenant({ contactEmail: "service@makler.example" })).id;
  staffCtx = await contextFor((await createStaff(tenantId, { role: "owner" })).id);
});

describe("accounts with roles only the broker can grant are out of the user manager's reach", () => {
  it("editing the contact and resending cannot take over an invited account holding broker roles", async () => {
    const c = await company(["FLEET_MANAGER"]);
    const um = await userManager(c);
    const victim = await account(c, ["FULL_ACCESS", "GROUP_MANAGER"], "INVITED");
    // the contact data itself may still be corrected ...
    expect(
      await updateCompanyContact(um.ctx, victim.contactId, {
        firstName: "Max",
        lastName: "Opfer",
        position: "",
        email: "attacker@evil.example",
        businessPhone: "",
        mobile: "+4917799999999",
      }),
    ).toMatchObject({ ok: true });
    // ... but the login does not follow it: no invitation goes to the new address
    await expectRefused(() => resendCompanyInvitation(um.ctx, victim.userId), "companyUsers.errors.brokerRoles");
    const after = await db.user.findUniqueOrThrow({ where: { id: victim.userId } });
    expect([after.email, after.phone]).toEqual([victim.email, "+4915112345678"]);
    expect(await db.outboxMessage.count({ where: { tenantId, recipient: "attacker@evil.example" } })).toBe(0);
  });

  it("refuses roles, deactivation and activation of an account with a role outside the ceiling", async () => {
    const c = await company();
    const um = await userManager(c);
    const target = await account(c, ["FULL_ACCESS", "OTHER_LINES"]);
    await expectRefused(
      () => setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER"] }),
      "companyUsers.errors.brokerRoles",
    );
    await expectRefused(() => setCompanyUserRoles(um.ctx, target.userId, { roles: [] }), "companyUsers.errors.brokerRoles");
    await expectRefused(() => disableCompanyUser(um.ctx, target.userId), "companyUsers.errors.brokerRoles");
    await db.user.update({ where: { id: target.userId }, data: { status: "DISABLED" } });
    await expectRefused(() => enableCompanyUser(um.ctx, target.userId), "companyUsers.errors.brokerRoles");
    expect(await rolesOf(target.userId)).toEqual(["FULL_ACCESS", "OTHER_LINES"]);
  });

  it("an account with roles within the ceiling only stays fully manageable, whoever granted them", async () => {
    const c = await company();
    const um = await userManager(c);
    const target = await account(c, ["OTHER_LINES"], "INVITED");
    expect(await setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER"] })).toMatchObject({ ok: true });
    expect(await resendCompanyInvitation(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect(await disableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect(await enableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.userId } })).toMatchObject({ status: "INVITED" });
  });

  it("another user manager's invited account cannot be resent, and the own account never", async () => {
    const c = await company();
    const um = await userManager(c);
    const otherUm = await account(c, ["USER_MANAGER"], "INVITED");
    await expectRefused(() => resendCompanyInvitation(um.ctx, otherUm.userId), "companyUsers.errors.otherUserManager");
    await expectRefused(() => resendCompanyInvitation(um.ctx, um.userId), "companyUsers.errors.notInvited");
    await expectRefused(() => enableCompanyUser(um.ctx, um.userId), "companyUsers.errors.notSelf");
  });

  it("the user manager still changes their own roles within the ceiling, broker roles outside it stay", async () => {
    const c = await company();
    const self = await account(c, ["USER_MANAGER", "FULL_ACCESS"]);
    const ctx = await contextFor(self.userId);
    expect(await setCompanyUserRoles(ctx, self.userId, { roles: ["FLEET_MANAGER"] })).toMatchObject({ ok: true });
    expect(await rolesOf(self.userId)).toEqual(["FLEET_MANAGER", "FULL_ACCESS", "USER_MANAGER"]);
    await expectRefused(
      () => setCompanyUserRoles(ctx, self.userId, { roles: ["GROUP_MANAGER"] }),
      "companyUsers.errors.roleNotAllowed",
    );
  });

  it("the contact list and page flag which accounts the user manager may act on", async () => {
    const c = await company();
    const um = await userManager(c);
    const inside = await account(c, ["OTHER_LINES"]);
    const outside = await account(c, ["FULL_ACCESS"]);
    const otherUm = await account(c, ["USER_MANAGER"]);
    const flags = new Map(
      (await listCompanyContacts(um.ctx)).items.map((i) => [i.id, [i.account?.withinReach, i.account?.canEnable]]),
    );
    expect(flags.get(inside.contactId)).toEqual([true, false]);
    expect(flags.get(outside.contactId)).toEqual([false, false]);
    expect(flags.get(otherUm.contactId)).toEqual([false, false]);
    expect(flags.get(um.contactId)).toEqual([false, false]);
    expect((await getCompanyContact(um.ctx, outside.contactId))?.contact.account).toMatchObject({ withinReach: false });
    expect((await getCompanyContact(um.ctx, inside.contactId))?.contact.account).toMatchObject({ withinReach: true });
  });
});

describe("an account the broker deactivated stays with the broker", () => {
  it("the user manager cannot activate an account the broker deactivated", async () => {
    const c = await company();
    const um = await userManager(c);
    const target = await account(c, ["FLEET_MANAGER"]);
    expect(await setCompanyUserDisabled(staffCtx, target.userId, true)).toMatchObject({ ok: true });
    await expectRefused(() => enableCompanyUser(um.ctx, target.userId), "companyUsers.errors.disabledByBroker");
    expect((await getCompanyContact(um.ctx, target.contactId))?.contact.account).toMatchObject({
      status: "DISABLED",
      withinReach: true,
      canEnable: false,
    });
  });

  it("an account the user manager deactivated can be activated again, until the broker deactivates it last", async () => {
    const c = await company();
    const um = await userManager(c);
    const target = await account(c, ["FLEET_MANAGER"]);
    expect(await disableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect((await getCompanyContact(um.ctx, target.contactId))?.contact.account).toMatchObject({ canEnable: true });
    expect(await enableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    // the user manager deactivates, the broker activates and deactivates again: the broker's word is the last
    expect(await disableCompanyUser(um.ctx, target.userId)).toMatchObject({ ok: true });
    expect(await setCompanyUserDisabled(staffCtx, target.userId, false)).toMatchObject({ ok: true });
    expect(await setCompanyUserDisabled(staffCtx, target.userId, true)).toMatchObject({ ok: true });
    await expectRefused(() => enableCompanyUser(um.ctx, target.userId), "companyUsers.errors.disabledByBroker");
  });

  it("an account deactivated without any audit entry is not activated by the user manager", async () => {
    const c = await company();
    const um = await userManager(c);
    const target = await account(c, ["FLEET_MANAGER"]);
    await db.user.update({ where: { id: target.userId }, data: { status: "DISABLED" } });
    await expectRefused(() => enableCompanyUser(um.ctx, target.userId), "companyUsers.errors.disabledByBroker");
  });
});

/** Holds the company row locked (as the broker's ceiling change does) while `during` runs, then commits. */
async function whileBrokerHoldsCompany(c: Company, ceiling: CompanyRole[], during: () => Promise<void>) {
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const broker = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${c.id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
      await tx.customer.update({ where: { id: c.id }, data: { companyRolesAllowed: ceiling } });
      locked();
      await released;
    },
    { timeout: 30_000 },
  );
  await isLocked;
  try {
    await during();
  } finally {
    release();
    await broker;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the ceiling is checked under the company row's lock", () => {
  it("a role the broker removes from the ceiling meanwhile is not granted", async () => {
    const c = await company(["FLEET_MANAGER", "OTHER_LINES"]);
    const um = await userManager(c);
    const target = await account(c, ["OTHER_LINES"]);
    let result: Promise<unknown> | undefined;
    await whileBrokerHoldsCompany(c, ["OTHER_LINES"], async () => {
      result = setCompanyUserRoles(um.ctx, target.userId, { roles: ["OTHER_LINES", "FLEET_MANAGER"] });
      await pause(300);
    });
    expect(await result).toMatchObject({ ok: false, error: "companyUsers.errors.roleNotAllowed" });
    expect(await rolesOf(target.userId)).toEqual(["OTHER_LINES"]);
  });

  it("an account is not created with a role the broker removes from the ceiling meanwhile", async () => {
    const c = await company(["FLEET_MANAGER", "OTHER_LINES"]);
    const um = await userManager(c);
    const created = await createCompanyContact(um.ctx, contactInput());
    if (!created.ok) throw new Error(JSON.stringify(created));
    let result: Promise<unknown> | undefined;
    await whileBrokerHoldsCompany(c, ["OTHER_LINES"], async () => {
      result = createCompanyAccount(um.ctx, { contactId: created.id, roles: ["FLEET_MANAGER"] });
      await pause(300);
    });
    expect(await result).toMatchObject({ ok: false, error: "companyUsers.errors.roleNotAllowed" });
    expect(await db.user.count({ where: { contactPersonId: created.id } })).toBe(0);
  });

  it("the broker's role save does not fail when the user manager grants the same role at the same moment", async () => {
    const c = await company(["FLEET_MANAGER", "OTHER_LINES"]);
    const target = await account(c, ["OTHER_LINES"]);
    const userManagerId = (await account(c, ["USER_MANAGER"])).userId;
    let inserted!: () => void;
    const isInserted = new Promise<void>((resolve) => (inserted = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // the user manager's grant, not yet committed when the broker reads the account's roles
    const grant = db.$transaction(
      async (tx) => {
        await tx.companyUserRole.create({
          data: { tenantId, userId: target.userId, role: "FLEET_MANAGER", grantedBy: "USER_MANAGER", grantedById: userManagerId },
        });
        inserted();
        await released;
      },
      { timeout: 30_000 },
    );
    await isInserted;
    const broker = setCompanyUserRolesByBroker(staffCtx, target.userId, ["OTHER_LINES", "FLEET_MANAGER"]);
    await pause(300);
    release();
    await grant;
    expect(await broker).toMatchObject({ ok: true });
    expect(await rolesOf(target.userId)).toEqual(["FLEET_MANAGER", "OTHER_LINES"]);
  });
});

describe("a restricted company cannot be changed by its user manager", () => {
  it("refuses every write with the restricted message and changes nothing", async () => {
    const c = await company();
    const um = await userManager(c);
    const target = await account(c, ["OTHER_LINES"], "INVITED");
    const disabled = await account(c, ["OTHER_LINES"]);
    expect(await disableCompanyUser(um.ctx, disabled.userId)).toMatchObject({ ok: true });
    const bare = await createCompanyContact(um.ctx, contactInput());
    if (!bare.ok) throw new Error(JSON.stringify(bare));
    await db.customer.update({ where: { id: c.id }, data: { restrictedAt: now() } });
    const restricted = "companyUsers.errors.restricted";
    await expectRefused(() => createCompanyContact(um.ctx, contactInput()), restricted);
    await expectRefused(() => updateCompanyContact(um.ctx, target.contactId, contactInput()), restricted);
    await expectRefused(() => createCompanyAccount(um.ctx, { contactId: bare.id, roles: ["FLEET_MANAGER"] }), restricted);
    await expectRefused(() => setCompanyUserRoles(um.ctx, target.userId, { roles: ["FLEET_MANAGER"] }), restricted);
    await expectRefused(() => disableCompanyUser(um.ctx, target.userId), restricted);
    await expectRefused(() => enableCompanyUser(um.ctx, disabled.userId), restricted);
    await expectRefused(() => resendCompanyInvitation(um.ctx, target.userId), restricted);
  });
});

/** Runs `during` while another, not yet committed account holds `email`; commits it afterwards. */
async function whileEmailTaken(c: Company, email: string, during: () => Promise<unknown>) {
  let inserted!: () => void;
  const isInserted = new Promise<void>((resolve) => (inserted = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const other = db.$transaction(
    async (tx) => {
      await tx.user.create({ data: { tenantId, kind: "CUSTOMER", status: "INVITED", email, customerId: c.id } });
      inserted();
      await released;
    },
    { timeout: 30_000 },
  );
  await isInserted;
  const result = during();
  await pause(300);
  release();
  await other;
  return result;
}

describe("an e-mail address taken at the same moment", () => {
  it("creating the account answers the e-mail message instead of failing", async () => {
    const c = await company();
    const um = await userManager(c);
    const email = `gleichzeitig-${uniqueSuffix()}@muster.example`;
    const contact = await createCompanyContact(um.ctx, contactInput({ email }));
    if (!contact.ok) throw new Error(JSON.stringify(contact));
    const result = await whileEmailTaken(c, email, () =>
      createCompanyAccount(um.ctx, { contactId: contact.id, roles: ["FLEET_MANAGER"] }),
    );
    expect(result).toEqual({ ok: false, field: "email", error: "companyUsers.errors.emailUnavailable" });
    expect(await db.user.count({ where: { contactPersonId: contact.id } })).toBe(0);
  });
});

describe("an e-mail address already in use", () => {
  it("is refused with one message for staff and customer accounts, creating or resending", async () => {
    const c = await company();
    const um = await userManager(c);
    const staff = await createStaff(tenantId, { role: "advisor" });
    const customer = await account(await company(), ["OTHER_LINES"]);
    const invited = await account(c, ["OTHER_LINES"], "INVITED");
    for (const email of [staff.email, customer.email]) {
      const contact = await createCompanyContact(um.ctx, contactInput({ email }));
      if (!contact.ok) throw new Error(JSON.stringify(contact));
      await expectRefused(
        () => createCompanyAccount(um.ctx, { contactId: contact.id, roles: ["FLEET_MANAGER"] }),
        "companyUsers.errors.emailUnavailable",
      );
      expect(await updateCompanyContact(um.ctx, invited.contactId, contactInput({ email }))).toMatchObject({ ok: true });
      await expectRefused(() => resendCompanyInvitation(um.ctx, invited.userId), "companyUsers.errors.emailUnavailable");
    }
  });

  it("taken by another account while the invitation is resent, answers the same message instead of failing", async () => {
    const c = await company();
    const um = await userManager(c);
    const invited = await account(c, ["OTHER_LINES"], "INVITED");
    const email = `neu-${uniqueSuffix()}@muster.example`;
    expect(await updateCompanyContact(um.ctx, invited.contactId, contactInput({ email }))).toMatchObject({ ok: true });
    // another account takes the address, not yet committed when the resend checks it
    const result = await whileEmailTaken(c, email, () => resendCompanyInvitation(um.ctx, invited.userId));
    expect(result).toEqual({ ok: false, field: "email", error: "companyUsers.errors.emailUnavailable" });
    expect((await db.user.findUniqueOrThrow({ where: { id: invited.userId } })).email).toBe(invited.email);
  });
});

describe("invitations per company and hour", () => {
  async function sentInvitations(c: Company, count: number, minutesAgo: number) {
    await db.auditLog.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        tenantId,
        actorKind: "customer",
        action: i % 2 === 0 ? "companyUser.created" : "companyUser.invitationResent",
        entityType: "User",
        customerId: c.id,
        createdAt: new Date(now().getTime() - minutesAgo * 60_000),
      })),
    });
  }

  it(`refuses creating and resending once ${INVITATIONS_PER_HOUR} invitations went out in the last hour`, async () => {
    const c = await company();
    const um = await userManager(c);
    const invited = await account(c, ["OTHER_LINES"], "INVITED");
    const contact = await createCompanyContact(um.ctx, contactInput());
    if (!contact.ok) throw new Error(JSON.stringify(contact));
    await sentInvitations(c, INVITATIONS_PER_HOUR - 1, 10);
    expect(await resendCompanyInvitation(um.ctx, invited.userId)).toMatchObject({ ok: true });
    const tooMany = { key: "companyUsers.errors.tooManyInvitations", values: { limit: INVITATIONS_PER_HOUR } };
    await expectRefused(() => resendCompanyInvitation(um.ctx, invited.userId), tooMany);
    await expectRefused(() => createCompanyAccount(um.ctx, { contactId: contact.id, roles: ["FLEET_MANAGER"] }), tooMany);
    // another company of the office is not affected
    const other = await company();
    const otherUm = await userManager(other);
    const otherInvited = await account(other, ["OTHER_LINES"], "INVITED");
    expect(await resendCompanyInvitation(otherUm.ctx, otherInvited.userId)).toMatchObject({ ok: true });
  });

  it("invitations older than an hour do not count", async () => {
    const c = await company();
    const um = await userManager(c);
    const contact = await createCompanyContact(um.ctx, contactInput());
    if (!contact.ok) throw new Error(JSON.stringify(contact));
    await sentInvitations(c, INVITATIONS_PER_HOUR * 2, 61);
    expect(await createCompanyAccount(um.ctx, { contactId: contact.id, roles: ["FLEET_MANAGER"] })).toMatchObject({ ok: true });
  });
});
