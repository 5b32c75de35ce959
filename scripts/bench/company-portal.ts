// `npm run bench:company [-- --runs 40 --customers 5000 --contracts 50000 --sql --explain --keep]`
// (BENCH_SMALL=1: a tiny world and 3 runs, to check the script works; --sql: list the statements of each
// counted call; --explain: EXPLAIN ANALYZE the slowest statement of every call that misses the target;
// --keep: leave the scratch database for experiments)
// The company portal's data layer: two company groups, a holding with 3 levels of subsidiaries (1 → 10 → 10
// each = 111 companies) and a variant with 500 subsidiaries below the holding (1 → 10 → 100 → 390 = 501
// companies, exactly MAX_SUBSIDIARIES), each company with 20 contracts over mixed lines (010 pension-flagged,
// 020, 040, 051, 080, some confidential) and per contract one document, premium invoice (every second one with
// its PDF), insured object and claim; every module released READ. In the same tenant 5,000 private customers
// with 50,000 contracts and their documents, invoices, objects and claims as background (the indexes have to do
// the work). Four accounts at each holding: fleet manager; fleet + group manager; full access + group
// manager; user manager only. Seeds a scratch database on the real PostgreSQL (127.0.0.1:5432), builds each
// account's request context like a real request, and prints p50/p95 per call and the SQL statements each call
// issues (server time of the queries, without HTTP and React rendering). getCompanyUserAccess is the broker's
// "effective access" view of the account, called as the office owner (it writes one audit entry per call).
import { randomUUID } from "node:crypto";
import { registerHooks } from "node:module";
import { parseArgs } from "node:util";
import type { CompanyRole } from "@/lib/db/generated/client";
import type { RequestContext } from "@/lib/data/context/types";
import { withPgClient } from "@/scripts/db/with-pg-client";
import {
  benchContext,
  explainStatement,
  log,
  measureCases,
  runScratchBench,
  seedBenchTenant,
  seedBulkCustomers,
  slowestFirst,
  type BenchCase,
  type QueryLog,
} from "./bench-setup";

// as in customer-folder.ts: under the react-server condition outside Next, next-intl's entry pulls React
// hooks the server build lacks; the translator the data layer uses is use-intl's core one.
registerHooks({
  resolve: (specifier, context, next) => next(specifier === "next-intl" ? "use-intl/core" : specifier, context),
});

const SMALL = process.env.BENCH_SMALL === "1";
const { values: args } = parseArgs({
  options: {
    customers: { type: "string", default: SMALL ? "200" : "5000" },
    contracts: { type: "string", default: SMALL ? "2000" : "50000" },
    runs: { type: "string", default: SMALL ? "3" : "40" },
    explain: { type: "boolean", default: false },
    sql: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const CUSTOMERS = Number(args.customers);
const CONTRACTS = Number(args.contracts);
const RUNS = Number(args.runs);
const WARMUPS = SMALL ? 1 : 3;
const TARGET_P95_MS = 100;
const CONTRACTS_PER_COMPANY = 20;
const CHUNK = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Company groups: fan-out per level below the holding, and how many companies the group has at most. */
const GROUPS = SMALL
  ? [
      { key: "13", name: "Klein Holding AG", fanOut: [3, 3], total: 13 },
      { key: "31", name: "Klein Konzern AG", fanOut: [3, 3, 3], total: 31 },
    ]
  : [
      { key: "111", name: "Muster Holding AG", fanOut: [10, 10], total: 111 },
      { key: "501", name: "Gross Konzern AG", fanOut: [10, 10, 10], total: 501 },
    ];

/** The accounts at each holding. */
const ACCOUNTS: { key: string; roles: CompanyRole[] }[] = [
  { key: "FM", roles: ["FLEET_MANAGER"] },
  { key: "FM+GM", roles: ["FLEET_MANAGER", "GROUP_MANAGER"] },
  { key: "FULL+GM", roles: ["FULL_ACCESS", "GROUP_MANAGER"] },
  { key: "UM", roles: ["USER_MANAGER"] },
];

/** The 20 contracts of each company: line, pension flag, confidential. */
const CONTRACT_MIX = Array.from({ length: CONTRACTS_PER_COMPANY }, (_, n) => {
  const code = n < 4 ? "010" : n < 7 ? "020" : n < 10 ? "040" : n < 16 ? "051" : "080";
  return { code, pension: code === "010", confidential: n === 9 || n === 15 || n === 18 };
});

const RELEASED = [
  "PROFILE",
  "COMMUNICATION",
  "INSURANCE",
  "FINANCE",
  "OTHER_CONTRACTS",
  "EMERGENCY",
  "CLAIMS",
  "INVOICES",
] as const;

await runScratchBench({ postgresUrl: args["postgres-url"], prefix: "mp_bench_company", keep: args.keep }, seed, measureAll);

type Seeded = {
  ownerId: string;
  groups: { key: string; companies: number; accounts: { key: string; userId: string }[] }[];
};

/** Rows in chunks of CHUNK through createMany (one INSERT per chunk). */
async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Per background contract: a document; every second an invoice, every fourth an object, every tenth a claim. */
async function seedBackgroundRecords(url: string, tenantId: string) {
  await withPgClient(url, async (c) => {
    await c.query(
      `INSERT INTO "Document" (id, "tenantId", "customerId", "contractId", category, title, "fileName", "contentType", "sizeBytes",
                               sha256, "storageKey", "isVisibleToCustomer", "scanState", "createdAt")
       SELECT gen_random_uuid(), "tenantId", "customerId", id, 'POLICY', 'Police', 'police.pdf', 'application/pdf', 120000,
              md5(id::text), 't/' || "tenantId" || '/c/' || "customerId" || '/' || gen_random_uuid(), true, 'CLEAN',
              now() - (random() * interval '1500 days')
       FROM "Contract" WHERE "tenantId" = $1`,
      [tenantId],
    );
    const numbered = `SELECT id, "tenantId", "customerId", row_number() OVER (ORDER BY id) AS n FROM "Contract" WHERE "tenantId" = $1`;
    await c.query(
      `INSERT INTO "PremiumInvoice" (id, "tenantId", "customerId", "contractId", number, amount, "periodStart", "periodEnd", "dueDate", status, "updatedAt")
       SELECT gen_random_uuid(), "tenantId", "customerId", id, 'B-' || n, (n % 900) + 19.9, date '2026-01-01', date '2026-12-31',
              date '2026-01-15' + (n % 300)::int, (ARRAY['OPEN','PAID','PAID','OVERDUE'])[1 + n % 4]::"InvoiceStatus", now()
       FROM (${numbered}) c WHERE n % 2 = 0`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO "InsuredObject" (id, "tenantId", "customerId", "contractId", kind, name, "licensePlate", "updatedAt")
       SELECT gen_random_uuid(), "tenantId", "customerId", id, 'VEHICLE', 'Pkw ' || n, 'HH-B ' || n, now()
       FROM (${numbered}) c WHERE n % 4 = 0`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO "Claim" (id, "tenantId", "customerId", "contractId", "occurredOn", description, status, "createdAt", "updatedAt")
       SELECT gen_random_uuid(), "tenantId", "customerId", id, date '2025-01-01' + (n % 500)::int, 'Schaden ' || n,
              (ARRAY['REPORTED','IN_PROGRESS','SETTLED','CLOSED'])[1 + n % 4]::"ClaimStatus", now() - (n % 500) * interval '1 day', now()
       FROM (${numbered}) c WHERE n % 10 = 0`,
      [tenantId],
    );
  });
}

async function seed(url: string): Promise<Seeded> {
  const { db } = await import("@/lib/db/client");
  const { tenant, owner } = await seedBenchTenant({ ownerName: { firstName: "Olga", lastName: "Owner" } });
  const tenantId = tenant.id;

  let t0 = performance.now();
  await seedBulkCustomers(url, { tenantId, advisorId: owner.id, customers: CUSTOMERS, contracts: CONTRACTS });
  await seedBackgroundRecords(url, tenantId);
  log(
    `background: ${CUSTOMERS} customers, ${CONTRACTS} contracts with documents, invoices, objects, claims in ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  t0 = performance.now();
  const lineRows = await db.lineOfBusiness.findMany({ where: { tenantId: null }, select: { id: true, code: true } });
  const lineId = new Map(lineRows.map((l) => [l.code, l.id]));
  const insurers = await db.insurer.findMany({ where: { tenantId: null }, select: { id: true }, orderBy: { name: "asc" } });
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));

  const groups: Seeded["groups"] = [];
  let companySeq = 0;
  for (const group of GROUPS) {
    // the holding, then each level's companies spread over the level above (breadth first, up to `total`)
    const companies: { id: string; parentCompanyId: string | null; name: string }[] = [
      { id: randomUUID(), parentCompanyId: null, name: group.name },
    ];
    let level = [companies[0]!];
    for (const fanOut of group.fanOut) {
      const next: typeof companies = [];
      for (let child = 0; child < fanOut; child++)
        for (const parent of level) {
          if (companies.length + next.length >= group.total) break;
          next.push({
            id: randomUUID(),
            parentCompanyId: parent.id,
            name: `${group.name} Tochter ${companies.length + next.length}`,
          });
        }
      companies.push(...next);
      level = next;
    }
    await inChunks(companies, (chunk) =>
      db.customer.createMany({
        data: chunk.map((c) => ({
          id: c.id,
          tenantId,
          kind: "COMPANY" as const,
          customerNumber: `F-${group.key}-${String(++companySeq).padStart(5, "0")}`,
          companyName: c.name,
          legalForm: "GmbH",
          city: "Hamburg",
          advisorId: owner.id,
          parentCompanyId: c.parentCompanyId,
          companyRolesAllowed: [
            "OCCUPATIONAL_PENSION",
            "PERSONAL_LINES",
            "FLEET_MANAGER",
            "OTHER_LINES",
            "FULL_ACCESS",
            "GROUP_MANAGER",
          ],
        })),
      }),
    );
    await inChunks(
      companies.flatMap((c) => RELEASED.map((module) => ({ tenantId, customerId: c.id, module, level: "READ" as const }))),
      (data) => db.moduleRelease.createMany({ data }),
    );

    const contracts = companies.flatMap((c, ci) =>
      CONTRACT_MIX.map((mix, n) => ({
        id: randomUUID(),
        tenantId,
        customerId: c.id,
        module: "INSURANCE" as const,
        status: "ACTIVE" as const,
        lineId: lineId.get(mix.code)!,
        insurerId: insurers[(ci + n) % insurers.length]!.id,
        policyNumber: `G${group.key}-${ci}-${n}`,
        startDate: new Date(Date.UTC(2018 + (n % 7), n % 12, 1)),
        mainDueMonth: 1 + (n % 12),
        mainDueDay: 1,
        grossPremium: `${((n * 37) % 900) + 50}.00`,
        paymentFrequency: "YEARLY" as const,
        isOccupationalPension: mix.pension,
        isConfidential: mix.confidential,
        code: mix.code,
        n,
      })),
    );
    await inChunks(contracts, (chunk) => db.contract.createMany({ data: chunk.map(({ code: _c, n: _n, ...c }) => c) }));

    const documents = contracts.flatMap((c, i) => {
      const doc = (category: "POLICY" | "INVOICE", title: string) => ({
        id: randomUUID(),
        tenantId,
        customerId: c.customerId,
        contractId: c.id,
        category,
        title,
        documentDate: new Date(today.getTime() - (i % 700) * DAY_MS),
        fileName: `${category.toLowerCase()}-${i}.pdf`,
        contentType: "application/pdf",
        sizeBytes: 80_000 + i,
        sha256: i.toString(16).padStart(64, "0"),
        storageKey: `t/${tenantId}/c/${c.customerId}/${randomUUID()}`,
        isVisibleToCustomer: true,
        scanState: "CLEAN" as const,
        createdAt: new Date(today.getTime() - (i % 700) * DAY_MS),
      });
      return [
        doc("POLICY", `Police ${c.policyNumber}`),
        ...(i % 2 === 0 ? [doc("INVOICE", `Beitragsrechnung ${c.policyNumber}`)] : []),
      ];
    });
    await inChunks(documents, (data) => db.document.createMany({ data }));
    const invoicePdf = new Map(documents.filter((d) => d.category === "INVOICE").map((d) => [d.contractId, d.id]));

    await inChunks(
      contracts.map((c, i) => ({
        tenantId,
        customerId: c.customerId,
        contractId: c.id,
        number: `R-${group.key}-${i}`,
        amount: `${(i % 900) + 120}.50`,
        periodStart: new Date(Date.UTC(2026, 0, 1)),
        periodEnd: new Date(Date.UTC(2026, 11, 31)),
        dueDate: new Date(today.getTime() + ((i % 120) - 60) * DAY_MS),
        status: (["OPEN", "PAID", "PAID", "OVERDUE"] as const)[i % 4],
        documentId: invoicePdf.get(c.id) ?? null,
      })),
      (data) => db.premiumInvoice.createMany({ data }),
    );
    await inChunks(
      contracts
        .map((c, i) => {
          if (c.code === "051")
            return {
              kind: "VEHICLE" as const,
              name: `VW Crafter ${i}`,
              licensePlate: `HH-MG ${i}`,
              vin: `WV1ZZZ2EZ${String(i).padStart(8, "0")}`,
            };
          if (c.code === "080")
            return {
              kind: "BUILDING" as const,
              name: `Lagerhalle ${i}`,
              street: `Hafenstraße ${i}`,
              postalCode: "20457",
              city: "Hamburg",
            };
          if (c.code === "040")
            return { kind: "MACHINE" as const, name: `Gabelstapler ${i}`, manufacturer: "Linde", serialNumber: `SN-${i}` };
          return { kind: "OTHER" as const, name: `Objekt ${i}` };
        })
        .map((o, i) => ({ ...o, tenantId, customerId: contracts[i]!.customerId, contractId: contracts[i]!.id })),
      (data) => db.insuredObject.createMany({ data }),
    );
    await inChunks(
      contracts.map((c, i) => ({
        tenantId,
        customerId: c.customerId,
        contractId: c.id,
        occurredOn: new Date(today.getTime() - ((i % 400) + 3) * DAY_MS),
        description: `Schaden ${i}`,
        status: (["REPORTED", "IN_PROGRESS", "SETTLED", "CLOSED"] as const)[i % 4],
        createdAt: new Date(today.getTime() - (i % 400) * DAY_MS),
      })),
      (data) => db.claim.createMany({ data }),
    );

    const holdingId = companies[0]!.id;
    const accounts: { key: string; userId: string }[] = [];
    for (const account of ACCOUNTS) {
      const contact = await db.contactPerson.create({
        data: {
          tenantId,
          customerId: holdingId,
          firstName: "Kim",
          lastName: `${account.key}-${group.key}`,
          email: `${account.key.toLowerCase().replace("+", "-")}-${group.key}@bench.example`,
          position: "Fuhrparkleitung",
        },
      });
      const user = await db.user.create({
        data: {
          tenantId,
          kind: "CUSTOMER",
          status: "ACTIVE",
          email: contact.email!,
          customerId: holdingId,
          contactPersonId: contact.id,
          firstName: contact.firstName,
          lastName: contact.lastName,
        },
      });
      await db.companyUserRole.createMany({ data: account.roles.map((role) => ({ tenantId, userId: user.id, role })) });
      accounts.push({ key: account.key, userId: user.id });
    }
    groups.push({ key: group.key, companies: companies.length, accounts });
    log(
      `group ${group.key}: ${companies.length} companies, ${contracts.length} contracts, ${documents.length} documents, ` +
        `${contracts.length} invoices/objects/claims`,
    );
  }
  await withPgClient(url, (c) => c.query(`ANALYZE`));
  log(`company groups in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { ownerId: owner.id, groups };
}

async function measureAll(seeded: Seeded, queries: QueryLog, url: string) {
  const { db } = await import("@/lib/db/client");
  const { loadRequestContext } = await import("@/lib/data/context/load-request-context");
  const { resolveHost, clearTenantCache } = await import("@/lib/tenant/resolve-tenant");
  const { listVisibleContracts } = await import("@/lib/data/contracts/list-visible-contracts");
  const { loadDocumentInbox } = await import("@/lib/data/documents/load-document-inbox");
  const { listFolderInvoices } = await import("@/lib/data/premium-invoices/list-folder-invoices");
  const { listFolderObjects } = await import("@/lib/data/insured-objects/list-folder-objects");
  const { listFolderClaims } = await import("@/lib/data/claims/list-folder-claims");
  const { loadPortalShell } = await import("@/lib/data/portal/load-portal-shell");
  const { loadPortalHome } = await import("@/lib/data/portal/load-portal-home");
  const { getCompanyUserAccess } = await import("@/lib/data/company-admin/get-company-user-access");

  const ownerCtx = await benchContext(seeded.ownerId);
  clearTenantCache();
  const resolution = await resolveHost(`${ownerCtx.tenant.slug}.localhost`);
  if (resolution.kind !== "tenant") throw new Error("bench tenant did not resolve");
  const tenant = resolution.tenant;

  const lengthOf = (r: unknown) => (Array.isArray(r) ? `${r.length} rows` : "");
  const pageOf = (r: unknown) => {
    const p = r as { items: unknown[]; nextCursor: string | null };
    return `${p.items.length} rows${p.nextCursor ? " +more" : ""}`;
  };
  const slow: { name: string; statements: (typeof queries.queries)[number][] }[] = [];

  for (const group of seeded.groups) {
    for (const account of group.accounts) {
      const user = await db.user.findUniqueOrThrow({
        where: { id: account.userId },
        select: { id: true, tenantId: true, kind: true, sessionVersion: true },
      });
      // the claims of a sign-in that happened just now (as tests/setup/request-context.ts and benchContext)
      const seconds = Math.floor(Date.now() / 1000);
      const claims = {
        userId: user.id,
        tenantId: user.tenantId,
        kind: user.kind,
        sessionVersion: user.sessionVersion,
        authTime: seconds,
        lastSeen: seconds,
        remember: false,
      };
      const load = () => loadRequestContext({ tenant, claims });
      const ctx = await load();
      if (!ctx || ctx.actor.kind !== "CUSTOMER" || !ctx.actor.company) throw new Error(`no company context for ${account.key}`);
      const customerCtx = { ...ctx, actor: ctx.actor } as RequestContext & { actor: typeof ctx.actor };
      const scope = ctx.actor.company.scope.length;

      const cases: BenchCase[] = [
        { name: "loadRequestContext", run: load, runs: RUNS, target: true, size: () => `scope ${scope} companies` },
        { name: "listVisibleContracts", run: () => listVisibleContracts(ctx), runs: RUNS, target: true, size: lengthOf },
        {
          name: "loadDocumentInbox (first page)",
          run: () => loadDocumentInbox(ctx, {}),
          runs: RUNS,
          target: true,
          size: (r) => {
            const inbox = r as { page: { items: unknown[] }; unreadCount: number; contracts: unknown[] };
            return `${inbox.page.items.length} rows, ${inbox.unreadCount} unread, ${inbox.contracts.length} contract options`;
          },
        },
        { name: "listFolderInvoices (first page)", run: () => listFolderInvoices(ctx), runs: RUNS, target: true, size: pageOf },
        {
          name: "listFolderInvoices (OVERDUE)",
          run: () => listFolderInvoices(ctx, { status: "OVERDUE" }),
          runs: RUNS,
          target: true,
          size: pageOf,
        },
        { name: "listFolderObjects (first page)", run: () => listFolderObjects(ctx), runs: RUNS, target: true, size: pageOf },
        { name: "listFolderClaims", run: () => listFolderClaims(ctx), runs: RUNS, target: true, size: lengthOf },
        { name: "loadPortalShell", run: () => loadPortalShell(customerCtx), runs: RUNS, target: true },
        { name: "loadPortalHome", run: () => loadPortalHome(ctx), runs: RUNS, target: true },
        {
          name: "getCompanyUserAccess (owner)",
          run: () => getCompanyUserAccess(ownerCtx, account.userId),
          runs: RUNS,
          target: true,
          size: (r) => {
            const a = r as { contracts: unknown[]; counts: Record<string, number> };
            return `${a.contracts.length} contracts, ${a.counts.documents} docs, ${a.counts.invoices} inv., ${a.counts.objects} obj., ${a.counts.claims} claims`;
          },
        },
      ];
      console.log(
        `\n=== group ${group.key} companies, account ${account.key} (${ACCOUNTS.find((a) => a.key === account.key)!.roles.join(" + ")})`,
      );
      const measured = await measureCases(cases, queries, { warmups: WARMUPS, targetP95Ms: TARGET_P95_MS });
      if (args.sql)
        for (const m of measured)
          console.log(
            `  ${m.name}:\n${m.statements.map((q) => `    ${q.ms.toFixed(1).padStart(6)} ms  ${q.sql.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")}`,
          );
      for (const m of measured.filter((m) => m.over))
        slow.push({ name: `${group.key} ${account.key} ${m.name}`, statements: m.statements });
    }
  }

  console.log(`\ntarget: p95 < ${TARGET_P95_MS} ms ("!" marks misses); SQL/call = statements the Prisma client sent in one call`);
  for (const s of slow) {
    console.log(`\n${s.name}: slowest statements of the counted call`);
    const [slowest, ...others] = slowestFirst(s.statements);
    if (!slowest) continue;
    for (const q of [slowest, ...others.slice(0, 2)])
      console.log(`  ${q.ms.toFixed(1).padStart(6)} ms  ${q.sql.replace(/\s+/g, " ").slice(0, 300)}`);
    if (args.explain) await explainStatement(url, slowest);
  }
}
