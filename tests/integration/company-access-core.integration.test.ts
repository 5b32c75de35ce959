// The access core for accounts of company customers: the actor (roles, coverage, scope of subsidiaries),
// personal conversations between colleagues, notifications only to users who can see the item, and the
// broker's preview. The full role × item matrix is tests/integration/company-access-matrix.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCompanyAccess } from "@/lib/data/company/load-company-access";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { buildCustomerActor } from "@/lib/data/context/customer-actor";
import type { RequestContext } from "@/lib/data/context/types";
import { changeClaimStatus } from "@/lib/data/claims/change-claim-status";
import { claimAccessWhere } from "@/lib/data/claims/claim-access";
import { contractAccessWhere } from "@/lib/data/contracts/contract-access";
import { customerAccessWhere } from "@/lib/data/customers/customer-access";
import { documentAccessWhere } from "@/lib/data/documents/document-access";
import { notifyDocumentAdded } from "@/lib/data/notifications/notify-document-added";
import { canWriteModule } from "@/lib/data/portal/folder-rights";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { closeTicket } from "@/lib/data/tickets/close-ticket";
import { countUnreadTickets } from "@/lib/data/tickets/count-unread-tickets";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { ticketAccessWhere } from "@/lib/data/tickets/ticket-access";
import { db } from "@/lib/db/client";
import type { CompanyRole, Customer, LineGroup } from "@/lib/db/generated/client";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
} from "../setup/factories";
import { releaseModules, type Releases } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

const RELEASES: Releases = { INSURANCE: "READ", CLAIMS: "READ", COMMUNICATION: "WRITE", PROFILE: "WRITE", INVOICES: "READ" };

let tenant: { id: string; slug: string };
let other: { id: string; slug: string };
let ownerCtx: RequestContext;
const lines: Record<string, string> = {};
// H (holding) → S → SS, H → S2 (sibling of S); X unrelated; C1 → C2 → C3 → C1 a broken cycle
let h: Customer, s: Customer, ss: Customer, s2: Customer, x: Customer, c1: Customer, c2: Customer, c3: Customer;
let foreign: Customer;
let hMotor: string, hHealth: string, hSecret: string, sMotor: string, ssMotor: string, s2Motor: string, xMotor: string;

async function company(tenantId: string, name: string, parentCompanyId: string | null, releases: Releases = RELEASES) {
  const c = await createCustomer(tenantId, {
    kind: "COMPANY",
    companyName: name,
    firstName: null,
    lastName: null,
    parentCompanyId,
  });
  await releaseModules(tenantId, c.id, releases);
  return c;
}

async function companyUser(companyId: string, roles: CompanyRole[], tenantId = tenant.id) {
  const contact = await db.contactPerson.create({
    data: { tenantId, customerId: companyId, firstName: "Kim", lastName: `Kontakt-${roles.join("-") || "ohne"}` },
  });
  const user = await createCustomerUser(tenantId, companyId, { contactPersonId: contact.id, firstName: "Kim" });
  if (roles.length) await db.companyUserRole.createMany({ data: roles.map((role) => ({ tenantId, userId: user.id, role })) });
  return user;
}

const motor = (customerId: string, overrides = {}) =>
  createContract(tenant.id, customerId, { lineId: lines["051"], ...overrides }).then((c) => c.id);
const visibleContracts = async (ctx: RequestContext) =>
  new Set((await db.contract.findMany({ where: contractAccessWhere(ctx), select: { id: true } })).map((c) => c.id));
const notified = async (userId: string, type: string) => db.notification.count({ where: { tenantId: tenant.id, userId, type } });

beforeAll(async () => {
  tenant = await createTenant();
  other = await createTenant();
  ownerCtx = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
  for (const [code, group] of [
    ["051", "MOTOR"],
    ["020", "PERSONAL"],
    ["080", "PROPERTY"],
  ] as [string, LineGroup][]) {
    lines[code] = (await db.lineOfBusiness.create({ data: { tenantId: tenant.id, code, name: `Sparte ${code}`, group } })).id;
  }
  h = await company(tenant.id, "Holding AG", null);
  s = await company(tenant.id, "Tochter GmbH", h.id);
  ss = await company(tenant.id, "Enkel GmbH", s.id);
  s2 = await company(tenant.id, "Schwester GmbH", h.id, { ...RELEASES, INSURANCE: "HIDDEN" });
  x = await company(tenant.id, "Fremd AG", null);
  c1 = await company(tenant.id, "Kreis 1", null);
  c2 = await company(tenant.id, "Kreis 2", c1.id);
  c3 = await company(tenant.id, "Kreis 3", c2.id);
  await db.customer.update({ where: { id: c1.id }, data: { parentCompanyId: c3.id } });
  // a company of another office whose (broken) parent pointer names H: never part of H's group
  foreign = await company(other.id, "Andere Kanzlei AG", h.id);
  // a private customer hung below H by mistake is no subsidiary either
  await createCustomer(tenant.id, { parentCompanyId: h.id });

  hMotor = await motor(h.id);
  hHealth = await createContract(tenant.id, h.id, { lineId: lines["020"] }).then((c) => c.id);
  hSecret = await motor(h.id, { isConfidential: true });
  sMotor = await motor(s.id);
  ssMotor = await motor(ss.id);
  s2Motor = await motor(s2.id);
  xMotor = await motor(x.id);
});

describe("the actor of a company account", () => {
  it("carries roles, the union coverage and only the own company without group manager", async () => {
    const user = await companyUser(h.id, ["FLEET_MANAGER", "PERSONAL_LINES"]);
    const ctx = await contextFor(user.id);
    if (ctx.actor.kind !== "CUSTOMER") throw new Error("customer expected");
    expect(ctx.actor.customerId).toBe(h.id);
    expect(ctx.actor.ownCustomerId).toBe(h.id);
    expect(ctx.actor.company?.companyId).toBe(h.id);
    expect(ctx.actor.company?.roles).toEqual(["FLEET_MANAGER", "PERSONAL_LINES"]);
    expect(ctx.actor.company?.isUserManager).toBe(false);
    expect(ctx.actor.company?.coverage).toMatchObject({ lineGroups: ["MOTOR", "PERSONAL"], confidential: false });
    expect(ctx.actor.company?.scope.map((e) => e.customerId)).toEqual([h.id]);
    expect(ctx.actor.company?.scope[0]?.releases.INSURANCE).toBe("READ");
    expect(await visibleContracts(ctx)).toEqual(new Set([hMotor, hHealth]));
    expect(
      new Set((await db.customer.findMany({ where: customerAccessWhere(ctx), select: { id: true } })).map((c) => c.id)),
    ).toEqual(new Set([h.id]));
  });

  it("adds every subsidiary level below with group manager, each under its own releases, never parents or siblings", async () => {
    const atHolding = await contextFor((await companyUser(h.id, ["FLEET_MANAGER", "GROUP_MANAGER"])).id);
    const scopeOf = (ctx: RequestContext) =>
      ctx.actor.kind === "CUSTOMER" ? new Set(ctx.actor.company?.scope.map((e) => e.customerId)) : null;
    expect(scopeOf(atHolding)).toEqual(new Set([h.id, s.id, ss.id, s2.id]));
    // S2 has not released INSURANCE: its contract stays hidden though S2 is in the scope
    expect(await visibleContracts(atHolding)).toEqual(new Set([hMotor, sMotor, ssMotor]));
    expect((await visibleContracts(atHolding)).has(s2Motor)).toBe(false);

    const atSubsidiary = await contextFor((await companyUser(s.id, ["FLEET_MANAGER", "GROUP_MANAGER"])).id);
    expect(scopeOf(atSubsidiary)).toEqual(new Set([s.id, ss.id]));
    expect(await visibleContracts(atSubsidiary)).toEqual(new Set([sMotor, ssMotor]));

    const withoutGroupManager = await contextFor((await companyUser(s.id, ["FLEET_MANAGER"])).id);
    expect(scopeOf(withoutGroupManager)).toEqual(new Set([s.id]));
    expect(await visibleContracts(withoutGroupManager)).toEqual(new Set([sMotor]));
    for (const ctx of [atHolding, atSubsidiary, withoutGroupManager]) {
      const visible = await visibleContracts(ctx);
      expect(visible.has(xMotor)).toBe(false);
      expect(visible.has(hSecret)).toBe(false);
      expect(scopeOf(ctx)?.has(foreign.id)).toBe(false);
    }
  });

  it("stays finite when parent pointers form a cycle", async () => {
    const ctx = await contextFor((await companyUser(c1.id, ["GROUP_MANAGER"])).id);
    if (ctx.actor.kind !== "CUSTOMER") throw new Error("customer expected");
    expect(ctx.actor.company?.scope.map((e) => e.customerId).sort()).toEqual([c1.id, c2.id, c3.id].sort());
  });

  it("shows nothing through the user manager, group manager or no role alone", async () => {
    for (const roles of [[], ["USER_MANAGER"], ["GROUP_MANAGER"], ["USER_MANAGER", "GROUP_MANAGER"]] as CompanyRole[][]) {
      const ctx = await contextFor((await companyUser(h.id, roles)).id);
      expect(await visibleContracts(ctx)).toEqual(new Set());
      expect(await db.claim.count({ where: claimAccessWhere(ctx) })).toBe(0);
    }
  });

  it("sees confidential contracts only with full access", async () => {
    const ctx = await contextFor((await companyUser(h.id, ["FULL_ACCESS"])).id);
    expect(await visibleContracts(ctx)).toEqual(new Set([hMotor, hHealth, hSecret]));
  });

  it("re-reads the roles on every request", async () => {
    const user = await companyUser(h.id, ["FLEET_MANAGER"]);
    expect(await visibleContracts(await contextFor(user.id))).toEqual(new Set([hMotor]));
    await db.companyUserRole.deleteMany({ where: { userId: user.id } });
    expect(await visibleContracts(await contextFor(user.id))).toEqual(new Set());
  });

  it("builds the same actor outside a request, ignores the household folder and refuses other tenants and staff", async () => {
    const user = await companyUser(h.id, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    const ctx = await contextFor(user.id, undefined, { folderCustomerId: x.id });
    expect(ctx.actor.kind === "CUSTOMER" && ctx.actor.customerId).toBe(h.id);
    const built = await buildCustomerActor(ctx.tenant, user.id);
    expect(built).toEqual(ctx.actor);
    const otherTenant = await contextFor((await createStaff(other.id, { role: "owner" })).id);
    expect(await buildCustomerActor(otherTenant.tenant, user.id)).toBeNull();
    expect(await buildCustomerActor(ctx.tenant, ownerCtx.actor.id)).toBeNull();
  });

  it("loads the company access with at most three queries, two without group manager", async () => {
    let queries = 0;
    const counted =
      <A extends unknown[], R>(fn: (...a: A) => R) =>
      (...a: A) => {
        queries++;
        return fn(...a);
      };
    const counting = {
      companyUserRole: { findMany: counted(db.companyUserRole.findMany.bind(db.companyUserRole)) },
      companyRoleCoverage: { findMany: counted(db.companyRoleCoverage.findMany.bind(db.companyRoleCoverage)) },
      moduleRelease: { findMany: counted(db.moduleRelease.findMany.bind(db.moduleRelease)) },
      $queryRaw: counted(db.$queryRaw.bind(db)),
    } as unknown as Parameters<typeof loadCompanyAccess>[0];
    const groupManager = await companyUser(h.id, ["GROUP_MANAGER", "FLEET_MANAGER"]);
    const fleet = await companyUser(h.id, ["FLEET_MANAGER"]);

    const access = await loadCompanyAccess(counting, tenant.id, { companyId: h.id, userId: groupManager.id, ownReleases: [] });
    expect(queries).toBe(3);
    expect(access.roles).toEqual(["FLEET_MANAGER", "GROUP_MANAGER"]);
    expect(access.scope).toHaveLength(4);
    queries = 0;
    const byRoles = await loadCompanyAccess(counting, tenant.id, { companyId: h.id, roles: ["GROUP_MANAGER", "FLEET_MANAGER"] });
    expect(queries).toBe(3);
    expect(byRoles.scope[0]?.releases.INSURANCE).toBe("READ");
    expect(byRoles.scope.find((e) => e.customerId === s2.id)?.releases.INSURANCE).toBe("HIDDEN");
    expect(byRoles.scope.find((e) => e.customerId === ss.id)?.releases.INSURANCE).toBe("READ");
    queries = 0;
    await loadCompanyAccess(counting, tenant.id, { companyId: h.id, userId: fleet.id, ownReleases: [] });
    expect(queries).toBe(2);
  });

  it("writes messages, claims and uploads per the own release, profile requests only with full access, never contracts", async () => {
    const fleet = await contextFor((await companyUser(h.id, ["FLEET_MANAGER"])).id);
    const full = await contextFor((await companyUser(h.id, ["FULL_ACCESS"])).id);
    for (const ctx of [fleet, full]) {
      if (ctx.actor.kind !== "CUSTOMER") throw new Error("customer expected");
      const c = { ...ctx, actor: ctx.actor };
      expect(canWriteModule(c, "COMMUNICATION")).toBe(true);
      expect(
        canWriteModule({ ...c, actor: { ...c.actor, releases: { ...c.actor.releases, INSURANCE: "WRITE" } } }, "INSURANCE"),
      ).toBe(false);
    }
    if (fleet.actor.kind !== "CUSTOMER" || full.actor.kind !== "CUSTOMER") throw new Error("customer expected");
    expect(canWriteModule({ ...fleet, actor: fleet.actor }, "PROFILE")).toBe(false);
    expect(canWriteModule({ ...full, actor: full.actor }, "PROFILE")).toBe(true);
  });
});

describe("conversations between colleagues", () => {
  it("shows a company user only the tickets they opened or that were addressed to them, also in the unread count", async () => {
    const anna = await companyUser(h.id, ["FLEET_MANAGER"]);
    const ben = await companyUser(h.id, ["FULL_ACCESS"]);
    const number = Math.floor(Math.random() * 1e9);
    const byAnna = await db.ticket.create({
      data: { tenantId: tenant.id, customerId: h.id, number, subject: "Annas Frage", createdById: anna.id },
    });
    const toBen = await db.ticket.create({
      data: { tenantId: tenant.id, customerId: h.id, number: number + 1, subject: "An Ben", addressedUserId: ben.id },
    });
    await db.ticket.create({ data: { tenantId: tenant.id, customerId: h.id, number: number + 2, subject: "Niemandem" } });
    const annaCtx = await contextFor(anna.id);
    const benCtx = await contextFor(ben.id);
    const ids = async (ctx: RequestContext) =>
      (await db.ticket.findMany({ where: ticketAccessWhere(ctx), select: { id: true } })).map((t) => t.id);
    expect(await ids(annaCtx)).toEqual([byAnna.id]);
    expect(await ids(benCtx)).toEqual([toBen.id]);
    expect(await countUnreadTickets(annaCtx)).toBe(1);
    expect(await countUnreadTickets(benCtx)).toBe(1);
  });
});

describe("notifications to company users", () => {
  it("tells only the accounts whose roles let them see a new document", async () => {
    const fleet = await companyUser(h.id, ["FLEET_MANAGER"]);
    const personal = await companyUser(h.id, ["PERSONAL_LINES"]);
    const manager = await companyUser(h.id, ["USER_MANAGER"]);
    const doc = await createDocument(tenant.id, h.id, { contractId: hMotor });
    expect(await db.$transaction((tx) => notifyDocumentAdded(tx, ownerCtx, doc.id))).toBe(true);
    expect(await notified(fleet.id, "document.added")).toBe(1);
    expect(await notified(personal.id, "document.added")).toBe(0);
    expect(await notified(manager.id, "document.added")).toBe(0);
    // seen through the document rule as well
    const fleetCtx = await contextFor(fleet.id);
    expect(await db.document.count({ where: { AND: [documentAccessWhere(fleetCtx), { id: doc.id }] } })).toBe(1);

    const secret = await createDocument(tenant.id, h.id, { contractId: hSecret });
    await db.$transaction((tx) => notifyDocumentAdded(tx, ownerCtx, secret.id));
    expect(await notified(fleet.id, "document.added")).toBe(1);
  });

  it("tells only the accounts who see the claim about its new status", async () => {
    const fleet = await companyUser(h.id, ["FLEET_MANAGER"]);
    const personal = await companyUser(h.id, ["PERSONAL_LINES"]);
    const claim = await db.claim.create({
      data: {
        tenantId: tenant.id,
        customerId: h.id,
        contractId: hMotor,
        occurredOn: new Date("2026-01-05"),
        description: "Blechschaden",
      },
    });
    const result = await changeClaimStatus(ownerCtx, claim.id, { status: "IN_PROGRESS", note: "" });
    expect(result.ok).toBe(true);
    expect(await notified(fleet.id, "claim.status")).toBe(1);
    expect(await notified(personal.id, "claim.status")).toBe(0);
  });

  it("tells only the ticket's creator about a reply and the close, never a colleague", async () => {
    const anna = await companyUser(h.id, ["FLEET_MANAGER"]);
    const colleague = await companyUser(h.id, ["FULL_ACCESS"]);
    const ticket = await db.ticket.create({
      data: {
        tenantId: tenant.id,
        customerId: h.id,
        number: Math.floor(Math.random() * 1e9),
        subject: "Frage",
        createdById: anna.id,
        assigneeId: ownerCtx.actor.id,
      },
    });
    expect((await postTicketMessage(ownerCtx, ticket.id, { body: "Antwort vom Büro" })).ok).toBe(true);
    expect(await notified(anna.id, "ticket.replied")).toBe(1);
    expect(await notified(colleague.id, "ticket.replied")).toBe(0);
    expect((await closeTicket(ownerCtx, ticket.id)).ok).toBe(true);
    expect(await notified(anna.id, "ticket.closed")).toBe(1);
    expect(await notified(colleague.id, "ticket.closed")).toBe(0);
  });
});

describe("the broker's preview of a company", () => {
  it("shows nothing without a chosen user and exactly that user's view with one, read-only", async () => {
    const fleet = await companyUser(h.id, ["FLEET_MANAGER"]);
    const none = await customerPreviewContext(ownerCtx, h.id);
    expect(none.actor.company?.roles).toEqual([]);
    expect(await visibleContracts(none)).toEqual(new Set());

    const asFleet = await customerPreviewContext(ownerCtx, h.id, fleet.id);
    expect(asFleet.actor.id).toBe(fleet.id);
    expect(asFleet.actor.folderReadOnly).toBe(true);
    expect(await visibleContracts(asFleet)).toEqual(await visibleContracts(await contextFor(fleet.id)));
    expect(canWriteModule(asFleet, "COMMUNICATION")).toBe(false);
  });

  it("refuses an account of another company", async () => {
    const atX = await companyUser(x.id, ["FLEET_MANAGER"]);
    await expect(customerPreviewContext(ownerCtx, h.id, atX.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
