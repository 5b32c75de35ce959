// Issue 5 acceptance: one folder, every way in. A customer never gets contracts or documents of hidden
// modules, documents the broker did not release, other household members' data without consent, other
// customers' or other tenants' data — not through lists, filters (search), start page, premium totals,
// notifications, the data export, claims or download URLs.
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestContext } from "@/lib/data/context/types";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { loadDocumentInbox } from "@/lib/data/documents/load-document-inbox";
import { buildDataExport } from "@/lib/data/my-data/build-data-export";
import { listOwnNotifications } from "@/lib/data/notifications/list-own-notifications";
import { getFolderClaim } from "@/lib/data/claims/get-folder-claim";
import { listFolderClaims } from "@/lib/data/claims/list-folder-claims";
import { getPortalContract } from "@/lib/data/portal/get-portal-contract";
import { loadPortalHome } from "@/lib/data/portal/load-portal-home";
import { loadPremiumOverview } from "@/lib/data/portal/load-premium-overview";
import { db } from "@/lib/db/client";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { createContract, createCustomer, createCustomerUser, createDocument, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

async function release(tenantId: string, customerId: string, levels: Partial<Record<PortalModule, ReleaseLevel>>) {
  for (const [module, level] of Object.entries(levels)) {
    await db.moduleRelease.create({ data: { tenantId, customerId, module: module as PortalModule, level } });
  }
}

/** A customer with a login, an insurance contract (monthly 54,00) and a visible PDF on it; marker in every text. */
async function folder(tenantId: string, marker: string, extra: { householdId?: string } = {}) {
  const customer = await createCustomer(tenantId, { lastName: `Person-${marker}`, ...extra });
  const user = await createCustomerUser(tenantId, customer.id);
  const contract = await createContract(tenantId, customer.id, {
    policyNumber: `POL-${marker}`,
    grossPremium: "54.00",
    paymentFrequency: "MONTHLY",
    mainDueMonth: 1,
    mainDueDay: 1,
    noticePeriodMonths: 1,
  });
  const document = await createDocument(tenantId, customer.id, { contractId: contract.id, title: `Police ${marker}` });
  await db.notification.create({
    data: { tenantId, userId: user.id, type: "document.added", title: `Hinweis ${marker}`, link: "/portal/documents" },
  });
  return { customer, user, contract, document };
}

let me: Awaited<ReturnType<typeof folder>>;
let ctx: RequestContext;
const foreign: { label: string; contractIds: string[]; documentIds: string[]; claimIds: string[] }[] = [];
/** Texts that belong to data the customer must never get, whatever the way in. */
const FORBIDDEN = ["POL-MYFINANCE", "POL-MYDELETED", "MYUNRELEASED", "MYINFECTED", "MEMBER", "NEIGHBOUR", "STRANGER"];

beforeAll(async () => {
  const tenant = await createTenant();
  const household = await db.household.create({ data: { tenantId: tenant.id, name: "Familie Test" } });
  me = await folder(tenant.id, "ME", { householdId: household.id });
  await release(tenant.id, me.customer.id, { INSURANCE: "READ", PROFILE: "READ", CLAIMS: "READ", FINANCE: "HIDDEN" });

  // my own data the broker has not released
  const finance = await createContract(tenant.id, me.customer.id, {
    module: "FINANCE",
    policyNumber: "POL-MYFINANCE",
    grossPremium: "999.00",
    paymentFrequency: "MONTHLY",
  });
  const financeDoc = await createDocument(tenant.id, me.customer.id, { contractId: finance.id, title: "Police MYFINANCE" });
  const unreleasedDoc = await createDocument(tenant.id, me.customer.id, {
    contractId: me.contract.id,
    title: "Police MYUNRELEASED",
    isVisibleToCustomer: false,
  });
  const quarantined = await createDocument(tenant.id, me.customer.id, { title: "Police MYINFECTED", scanState: "INFECTED" });
  const deleted = await createContract(tenant.id, me.customer.id, { policyNumber: "POL-MYDELETED", deletedAt: new Date() });
  foreign.push({
    label: "my unreleased data",
    contractIds: [finance.id, deleted.id],
    documentIds: [financeDoc.id, unreleasedDoc.id, quarantined.id],
    claimIds: [],
  });

  // a household member who has not consented, another customer, another tenant
  const member = await folder(tenant.id, "MEMBER", { householdId: household.id });
  await release(tenant.id, member.customer.id, { INSURANCE: "READ", PROFILE: "READ" });
  const neighbour = await folder(tenant.id, "NEIGHBOUR");
  await release(tenant.id, neighbour.customer.id, { INSURANCE: "READ", PROFILE: "READ" });
  const otherTenant = await createTenant();
  const stranger = await folder(otherTenant.id, "STRANGER");
  await release(otherTenant.id, stranger.customer.id, { INSURANCE: "READ", PROFILE: "READ" });
  for (const [label, f, marker] of [
    ["household member without consent", member, "MEMBER"],
    ["another customer", neighbour, "NEIGHBOUR"],
    ["another tenant", stranger, "STRANGER"],
  ] as const) {
    const claim = await db.claim.create({
      data: {
        tenantId: f.customer.tenantId,
        customerId: f.customer.id,
        occurredOn: new Date("2026-10-01"),
        description: `Schaden ${marker}`,
      },
    });
    foreign.push({ label, contractIds: [f.contract.id], documentIds: [f.document.id], claimIds: [claim.id] });
  }

  // the member's cookie alone (no consent) must not open their folder
  ctx = await contextFor(me.user.id, undefined, { folderCustomerId: member.customer.id });
});

describe("a customer's folder shows only what is theirs and released", () => {
  it("opens the own folder when the cookie names a household member who has not consented", () => {
    expect(ctx.actor).toMatchObject({ kind: "CUSTOMER", customerId: me.customer.id, folderReadOnly: false });
  });

  it("lists and searches only the own released contracts", async () => {
    expect((await listVisibleContracts(ctx)).map((c) => c.policyNumber)).toEqual(["POL-ME"]);
    for (const status of ["ACTIVE", "CANCELLED"] as const) {
      const found = await listVisibleContracts(ctx, { status });
      expect(found.every((c) => c.policyNumber === "POL-ME")).toBe(true);
    }
  });

  it.each([0, 1, 2, 3])("answers contract and download ids of case %i as not found", async (i) => {
    const f = foreign[i]!;
    for (const id of f.contractIds) expect(await getPortalContract(ctx, id), `${f.label} contract`).toBeNull();
    for (const id of f.documentIds) {
      expect(await authorizeDocumentDownload(ctx, { documentId: id }), `${f.label} download`).toBeNull();
      expect(await authorizeDocumentDownload(ctx, { documentId: id, disposition: "inline" }), `${f.label} preview`).toBeNull();
    }
    for (const id of f.claimIds) expect(await getFolderClaim(ctx, id), `${f.label} claim`).toBeNull();
    const filtered = await loadDocumentInbox(ctx, { contract: f.contractIds[0] });
    expect(filtered.page.items, `${f.label} documents by contract filter`).toEqual([]);
  });

  it("shows only the own released document in the inbox and counts only it as unread", async () => {
    const inbox = await loadDocumentInbox(ctx, {});
    expect(inbox.page.items.map((d) => d.title)).toEqual(["Police ME"]);
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.contracts.map((c) => c.id)).toEqual([me.contract.id]);
  });

  it("sums premiums of released contracts only (monthly 54,00 → 648,00 a year)", async () => {
    const overview = await loadPremiumOverview(ctx);
    expect(overview?.groups.map((g) => g.total)).toEqual(["648.00"]);
    expect(overview?.unannualised).toEqual([]);
  });

  it("builds the start page from the own released data only", async () => {
    const home = await loadPortalHome(ctx);
    const text = JSON.stringify(home);
    expect(text).toContain("POL-ME");
    for (const marker of FORBIDDEN) expect(text, marker).not.toContain(marker);
    expect(home.notifications.map((n) => n.title)).toEqual(["Hinweis ME"]);
  });

  it("lists only the account's own notifications", async () => {
    const list = await listOwnNotifications(ctx);
    expect(list.items.map((n) => n.title)).toEqual(["Hinweis ME"]);
  });

  it("shows no claims of other customers", async () => {
    expect(await listFolderClaims(ctx)).toEqual([]);
  });

  it("exports only the own released contracts and documents", async () => {
    const exported = await buildDataExport(ctx);
    const text = JSON.stringify(exported.json);
    expect(text).toContain("POL-ME");
    expect(text).toContain("Police ME");
    for (const marker of FORBIDDEN) expect(text, marker).not.toContain(marker);
    expect(exported.files.map((f) => f.storageKey)).toEqual([me.document.storageKey]);
  });
});
