// Acceptance matrix of the company role sets: each role set and combination sees exactly the contracts,
// documents, premium invoices, insured objects and claims of its mapped lines; confidential contracts and
// contract-less items only with full access; subsidiaries only with group manager; never another company's
// or office's data. Expectations come from the table below, not from the code under test.
// World: tests/setup/company-fixtures.ts (H → S → SS, unrelated X, O in another office).
import { beforeAll, describe, expect, it } from "vitest";
import { claimAccessWhere } from "@/lib/data/claims/claim-access";
import { getFolderClaim } from "@/lib/data/claims/get-folder-claim";
import { listFolderClaims } from "@/lib/data/claims/list-folder-claims";
import type { RequestContext } from "@/lib/data/context/types";
import { contractAccessWhere } from "@/lib/data/contracts/contract-access";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { documentAccessWhere } from "@/lib/data/documents/document-access";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { insuredObjectAccessWhere } from "@/lib/data/insured-objects/insured-object-access";
import { listFolderObjects } from "@/lib/data/insured-objects/list-folder-objects";
import { getPortalContract } from "@/lib/data/portal/get-portal-contract";
import { getFolderInvoice } from "@/lib/data/premium-invoices/get-folder-invoice";
import { listFolderInvoices } from "@/lib/data/premium-invoices/list-folder-invoices";
import { premiumInvoiceAccessWhere } from "@/lib/data/premium-invoices/premium-invoice-access";
import { db } from "@/lib/db/client";
import type { CompanyRole } from "@/lib/db/generated/client";
import {
  buildCompanyWorld,
  companyAccount,
  companyUser,
  keysOf,
  setRelease,
  type CompanyKey,
  type CompanyWorld,
  type ItemKey,
} from "../setup/company-fixtures";
import { createDocument } from "../setup/factories";
import { contextFor } from "../setup/request-context";

// ── expectations ────────────────────────────────────────────────────────────────────────────────────
// H's contracts by role set (defaults of the winVS mapping): bAV flag → pension; 010–030 → personal lines;
// 05x → fleet; property (080, 171 machines) + other (040) + no line → other lines; hDo (040) is confidential.
const H_PENSION: ItemKey[] = ["hBav"];
const H_PERSONAL: ItemKey[] = ["hHealth"];
const H_FLEET: ItemKey[] = ["hMotor"];
const H_OTHER: ItemKey[] = ["hLiab", "hFire", "hMachine", "hNoLine"];
/** full access: every contract incl. the confidential one, plus the general document and contract-less items */
const H_ALL: ItemKey[] = [...H_PENSION, ...H_PERSONAL, ...H_FLEET, ...H_OTHER, "hDo", "h:none"];
const S_ALL: ItemKey[] = ["sMotor", "sLiab"];
const SS_ALL: ItemKey[] = ["ssFire"];

type Row = { at: CompanyKey; roles: CompanyRole[]; sees: ItemKey[] };

const ROWS: Row[] = [
  { at: "h", roles: [], sees: [] },
  { at: "h", roles: ["USER_MANAGER"], sees: [] },
  { at: "h", roles: ["GROUP_MANAGER"], sees: [] },
  { at: "h", roles: ["USER_MANAGER", "GROUP_MANAGER"], sees: [] },
  { at: "h", roles: ["OCCUPATIONAL_PENSION"], sees: H_PENSION },
  { at: "h", roles: ["PERSONAL_LINES"], sees: H_PERSONAL },
  { at: "h", roles: ["FLEET_MANAGER"], sees: H_FLEET },
  { at: "h", roles: ["OTHER_LINES"], sees: H_OTHER },
  { at: "h", roles: ["FULL_ACCESS"], sees: H_ALL },
  { at: "h", roles: ["PERSONAL_LINES", "OCCUPATIONAL_PENSION"], sees: [...H_PERSONAL, ...H_PENSION] },
  { at: "h", roles: ["FLEET_MANAGER", "OTHER_LINES"], sees: [...H_FLEET, ...H_OTHER] },
  {
    at: "h",
    roles: ["OCCUPATIONAL_PENSION", "PERSONAL_LINES", "FLEET_MANAGER", "OTHER_LINES"],
    sees: [...H_PENSION, ...H_PERSONAL, ...H_FLEET, ...H_OTHER],
  },
  { at: "h", roles: ["FLEET_MANAGER", "GROUP_MANAGER"], sees: [...H_FLEET, "sMotor"] },
  { at: "h", roles: ["OTHER_LINES", "GROUP_MANAGER"], sees: [...H_OTHER, "sLiab", "ssFire"] },
  { at: "h", roles: ["FULL_ACCESS", "GROUP_MANAGER"], sees: [...H_ALL, ...S_ALL, ...SS_ALL] },
  { at: "h", roles: ["FULL_ACCESS", "OTHER_LINES"], sees: H_ALL },
  { at: "h", roles: ["USER_MANAGER", "FLEET_MANAGER"], sees: H_FLEET },
  { at: "s", roles: ["FLEET_MANAGER"], sees: ["sMotor"] },
  { at: "s", roles: ["FULL_ACCESS"], sees: S_ALL },
  { at: "s", roles: ["FULL_ACCESS", "GROUP_MANAGER"], sees: [...S_ALL, ...SS_ALL] },
  { at: "s", roles: ["OTHER_LINES", "GROUP_MANAGER"], sees: ["sLiab", "ssFire"] },
  { at: "ss", roles: ["FULL_ACCESS", "GROUP_MANAGER"], sees: SS_ALL },
  { at: "x", roles: ["FULL_ACCESS", "GROUP_MANAGER"], sees: ["xMotor"] },
  { at: "o", roles: ["FULL_ACCESS", "GROUP_MANAGER"], sees: ["oMotor"] },
];

const withoutContractless = (keys: readonly string[]) => keys.filter((k) => !k.endsWith(":none"));
const sorted = (keys: readonly string[]) => [...keys].sort();

/** What the actor gets from every list path, as sorted item keys. */
async function listedBy(world: CompanyWorld, ctx: RequestContext) {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const select = { id: true } as const;
  const contractList = await listVisibleContracts(ctx);
  return {
    contracts: keysOf(world, "contract", ids(await db.contract.findMany({ where: contractAccessWhere(ctx), select }))),
    contractList: keysOf(world, "contract", ids(contractList)),
    /** each contract has exactly one document the customer may see, wherever it is filed */
    documentCounts: Object.fromEntries(contractList.map((c) => [world.keys.contract.get(c.id), c.documentCount])),
    documents: keysOf(world, "document", ids(await db.document.findMany({ where: documentAccessWhere(ctx), select }))),
    documentList: keysOf(world, "document", ids((await listVisibleDocuments(ctx, { take: 100 })).items)),
    invoices: keysOf(world, "invoice", ids(await db.premiumInvoice.findMany({ where: premiumInvoiceAccessWhere(ctx), select }))),
    invoiceList: keysOf(world, "invoice", ids((await listFolderInvoices(ctx, { take: 100 })).items)),
    objects: keysOf(world, "object", ids(await db.insuredObject.findMany({ where: insuredObjectAccessWhere(ctx), select }))),
    objectList: keysOf(world, "object", ids((await listFolderObjects(ctx, { take: 200 })).items)),
    claims: keysOf(world, "claim", ids(await db.claim.findMany({ where: claimAccessWhere(ctx), select }))),
    claimList: keysOf(world, "claim", ids(await listFolderClaims(ctx))),
  };
}

/** Every key of a listing, from all its paths. */
const everyKey = (listing: Awaited<ReturnType<typeof listedBy>>): string[] =>
  Object.values(listing).flatMap((v) => (Array.isArray(v) ? v : Object.keys(v)));

/** What the listing should be for the expected keys (contracts never have a contract-less entry). */
function expectedListing(sees: readonly ItemKey[]) {
  const items = sorted(sees);
  const contracts = sorted(withoutContractless(sees));
  return {
    contracts,
    contractList: contracts,
    documentCounts: Object.fromEntries(contracts.map((k) => [k, 1])),
    documents: items,
    documentList: items,
    invoices: items,
    invoiceList: items,
    objects: items,
    objectList: items,
    claims: items,
    claimList: items,
  };
}

/** Which items of the whole world the actor can open by id (everything else must be refused). */
async function openedBy(world: CompanyWorld, ctx: RequestContext) {
  const opened = async (kind: "contract" | "document" | "invoice" | "claim", open: (id: string) => Promise<unknown>) => {
    const keys: string[] = [];
    for (const { id, key } of world.idsOf(kind)) if ((await open(id)) !== null) keys.push(key);
    return keys.sort();
  };
  return {
    contract: await opened("contract", (id) => getPortalContract(ctx, id)),
    document: await opened("document", (id) => authorizeDocumentDownload(ctx, { documentId: id })),
    invoice: await opened("invoice", (id) => getFolderInvoice(ctx, id)),
    claim: await opened("claim", (id) => getFolderClaim(ctx, id)),
  };
}

let world: CompanyWorld;
beforeAll(async () => {
  world = await buildCompanyWorld();
});

describe("company role matrix", () => {
  it.each(ROWS.map((row) => ({ ...row, label: `${row.at} [${row.roles.join(", ")}] → {${row.sees.join(", ")}}` })))(
    "$label",
    async (row) => {
      const { ctx } = await companyUser(world.companies[row.at], row.roles);
      expect(await listedBy(world, ctx)).toEqual(expectedListing(row.sees));
      expect(await openedBy(world, ctx)).toEqual({
        contract: sorted(withoutContractless(row.sees)),
        document: sorted(row.sees),
        invoice: sorted(row.sees),
        claim: sorted(row.sees),
      });
    },
  );
});

describe("confidential contracts and contract-less items", () => {
  it("stay hidden with every role except full access, even with all line roles and group manager together", async () => {
    const { ctx } = await companyUser(world.companies.h, [
      "USER_MANAGER",
      "OCCUPATIONAL_PENSION",
      "PERSONAL_LINES",
      "FLEET_MANAGER",
      "OTHER_LINES",
      "GROUP_MANAGER",
    ]);
    const listing = await listedBy(world, ctx);
    expect(listing).toEqual(expectedListing([...H_PENSION, ...H_PERSONAL, ...H_FLEET, ...H_OTHER, ...S_ALL, ...SS_ALL]));
    expect(everyKey(listing).filter((k) => k === "hDo" || k === "h:none")).toEqual([]);
    expect(await getPortalContract(ctx, world.contractIds.hDo)).toBeNull();
  });
});

describe("documents filed on a claim", () => {
  it("follow the claim: the fleet manager sees the motor claim's photos, other roles and companies do not", async () => {
    const claimOf = (key: ItemKey) => world.idsOf("claim").find((c) => c.key === key)!.id;
    const photo = await createDocument(world.tenant.id, world.companies.h.id, {
      claimId: claimOf("hMotor"),
      category: "CLAIM",
      title: "Schadenfoto",
    });
    const survey = await createDocument(world.tenant.id, world.companies.h.id, {
      claimId: claimOf("h:none"),
      category: "CLAIM",
      title: "Gutachten",
    });
    const sees = async (at: CompanyKey, roles: CompanyRole[]) => {
      const { ctx } = await companyUser(world.companies[at], roles);
      const rows = await db.document.findMany({
        where: { AND: [documentAccessWhere(ctx), { id: { in: [photo.id, survey.id] } }] },
        select: { id: true },
      });
      return rows.map((r) => (r.id === photo.id ? "photo" : "survey")).sort();
    };
    try {
      expect(await sees("h", ["FLEET_MANAGER"])).toEqual(["photo"]);
      expect(await sees("h", ["OTHER_LINES", "PERSONAL_LINES", "OCCUPATIONAL_PENSION", "GROUP_MANAGER"])).toEqual([]);
      expect(await sees("h", ["FULL_ACCESS"])).toEqual(["photo", "survey"]);
      expect(await sees("s", ["FULL_ACCESS", "GROUP_MANAGER"])).toEqual([]);
      expect(await sees("x", ["FULL_ACCESS"])).toEqual([]);
    } finally {
      await db.document.deleteMany({ where: { id: { in: [photo.id, survey.id] } } });
    }
  });
});

describe("other companies and offices", () => {
  it("never show up for a holding user with every role, and the other office's account gets no context here", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FULL_ACCESS", "GROUP_MANAGER", "OTHER_LINES", "FLEET_MANAGER"]);
    const listing = await listedBy(world, ctx);
    const foreignKeys = everyKey(listing).filter((k) => k.startsWith("x") || k.startsWith("o") || k.startsWith("foreign"));
    expect(foreignKeys).toEqual([]);
    expect(await getPortalContract(ctx, world.contractIds.xMotor)).toBeNull();
    expect(await getPortalContract(ctx, world.contractIds.oMotor)).toBeNull();

    const foreign = await companyAccount(world.companies.o, ["FULL_ACCESS"]);
    await expect(contextFor(foreign.user.id, world.tenant.slug)).rejects.toThrow("no context for user");
  });

  it("a subsidiary's group manager never sees the holding above it", async () => {
    const { ctx } = await companyUser(world.companies.s, ["FULL_ACCESS", "GROUP_MANAGER"]);
    const listing = await listedBy(world, ctx);
    expect(everyKey(listing).filter((k) => k.startsWith("h"))).toEqual([]);
    expect(await getPortalContract(ctx, world.contractIds.hMotor)).toBeNull();
    expect(await getFolderClaim(ctx, world.idsOf("claim").find((c) => c.key === "h:none")!.id)).toBeNull();
  });
});

describe("per-office settings and subsidiaries' own releases", () => {
  // a world of its own: these tests change the office's role mapping and a subsidiary's releases
  let own: CompanyWorld;
  beforeAll(async () => {
    own = await buildCompanyWorld();
  });

  it("an office's mapping that gives machines (171) to the fleet manager shows the machine to fleet users", async () => {
    const before = await companyUser(own.companies.h, ["FLEET_MANAGER"]);
    expect(await listedBy(own, before.ctx)).toEqual(expectedListing(H_FLEET));

    const override = await db.companyRoleCoverage.create({
      data: {
        tenantId: own.tenant.id,
        role: "FLEET_MANAGER",
        lineGroups: ["MOTOR"],
        lineCodes: ["171"],
        occupationalPension: false,
        unassignedLines: false,
      },
    });
    try {
      // applies on the next request of the same account
      expect(await listedBy(own, await contextFor(before.user.id))).toEqual(expectedListing([...H_FLEET, "hMachine"]));
      // another office's mapping is untouched
      const elsewhere = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
      expect(await listedBy(world, elsewhere.ctx)).toEqual(expectedListing(H_FLEET));
    } finally {
      await db.companyRoleCoverage.delete({ where: { id: override.id } });
    }
    expect(await listedBy(own, await contextFor(before.user.id))).toEqual(expectedListing(H_FLEET));
  });

  it("a subsidiary whose insurance module is hidden drops its contracts, documents, invoices and objects for the group manager", async () => {
    const { user, ctx } = await companyUser(own.companies.h, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    expect(await listedBy(own, ctx)).toEqual(expectedListing([...H_FLEET, "sMotor"]));

    await setRelease(own.companies.s, "INSURANCE", "HIDDEN");
    try {
      const hidden = await listedBy(own, await contextFor(user.id));
      expect({
        contracts: hidden.contracts,
        contractList: hidden.contractList,
        documentCounts: hidden.documentCounts,
        documents: hidden.documents,
        documentList: hidden.documentList,
        invoices: hidden.invoices,
        invoiceList: hidden.invoiceList,
        objects: hidden.objects,
        objectList: hidden.objectList,
      }).toEqual({
        contracts: H_FLEET,
        contractList: H_FLEET,
        documentCounts: { hMotor: 1 },
        documents: H_FLEET,
        documentList: H_FLEET,
        invoices: H_FLEET,
        invoiceList: H_FLEET,
        objects: H_FLEET,
        objectList: H_FLEET,
      });
      // nor can S's motor contract be opened by id
      expect(await getPortalContract(await contextFor(user.id), own.contractIds.sMotor)).toBeNull();
    } finally {
      await setRelease(own.companies.s, "INSURANCE", "READ");
    }
  });

  it("a holding chain that loops back stays finite and shows each company once", async () => {
    const { user } = await companyUser(own.companies.s, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    await db.customer.update({ where: { id: own.companies.h.id }, data: { parentCompanyId: own.companies.ss.id } });
    try {
      // S → SS → H → S: H is now "below" S
      expect(await listedBy(own, await contextFor(user.id))).toEqual(expectedListing(["sMotor", ...H_FLEET]));
    } finally {
      await db.customer.update({ where: { id: own.companies.h.id }, data: { parentCompanyId: null } });
    }
  });

  it("a subsidiary's hidden invoices and claims modules hide only those items of that subsidiary", async () => {
    const { user } = await companyUser(own.companies.h, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    await setRelease(own.companies.s, "INVOICES", "HIDDEN");
    await setRelease(own.companies.s, "CLAIMS", "HIDDEN");
    try {
      const listing = await listedBy(own, await contextFor(user.id));
      expect(listing).toEqual({
        ...expectedListing([...H_FLEET, "sMotor"]),
        invoices: H_FLEET,
        invoiceList: H_FLEET,
        claims: H_FLEET,
        claimList: H_FLEET,
      });
    } finally {
      await setRelease(own.companies.s, "INVOICES", "READ");
      await setRelease(own.companies.s, "CLAIMS", "READ");
    }
  });
});
