// `npm run bench:folder [-- --runs 40 --export-runs 10 --customers 10000 --contracts 100000 --explain --keep]`
// (--explain: EXPLAIN ANALYZE the slowest statement of every page loader that misses the target;
// --keep: leave the scratch database for experiments)
// The customer portal's data layer with a heavy folder: one customer with 300 contracts (insurance,
// finance, other; mixed payment frequencies, main due dates in the next 90 days), 3,000 documents,
// 500 notifications and 50 claims with events, in a tenant that also holds 10,000 other customers
// with 100,000 contracts and a document each (so the indexes have to do the work). Seeds a scratch
// database on the real PostgreSQL (127.0.0.1:5432), builds the customer's request context like a
// real request, and prints p50/p95 per page loader and the SQL statements each call issues.
// Server time of the queries, without HTTP and React rendering. The data export only reads rows
// here (the ZIP streaming of the S3 objects is not part of buildDataExport), so documents are rows only.
import { randomUUID } from "node:crypto";
import { registerHooks } from "node:module";
import { parseArgs } from "node:util";
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

// buildDataExport translates through lib/i18n/translator-for (next-intl's createTranslator). Under the
// react-server condition outside Next, next-intl's entry pulls use-intl's React hooks, which React's
// server build lacks; createTranslator itself is use-intl's core one, so take it from there.
registerHooks({
  resolve: (specifier, context, next) => next(specifier === "next-intl" ? "use-intl/core" : specifier, context),
});

const { values: args } = parseArgs({
  options: {
    customers: { type: "string", default: "10000" },
    contracts: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    "export-runs": { type: "string", default: "10" },
    explain: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const CUSTOMERS = Number(args.customers);
const CONTRACTS = Number(args.contracts);
const RUNS = Number(args.runs);
const EXPORT_RUNS = Number(args["export-runs"]);
const WARMUPS = 3;
const TARGET_P95_MS = 60;
const HEAVY = { contracts: 300, documents: 3000, notifications: 500, claims: 50, eventsPerClaim: 3 };
const CHUNK = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

await runScratchBench({ postgresUrl: args["postgres-url"], prefix: "mp_bench_folder", keep: args.keep }, seed, measureAll);

type Ids = { tenantId: string; userId: string; customerId: string; contractId: string; lineCode: string };

/** Rows in chunks of CHUNK through createMany (one INSERT per chunk). */
async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

async function seed(url: string): Promise<Ids> {
  const { db } = await import("@/lib/db/client");
  const { tenant, owner } = await seedBenchTenant({ ownerName: { firstName: "Olga", lastName: "Owner" } });
  const tenantId = tenant.id;

  let t0 = performance.now();
  await seedBulkCustomers(url, { tenantId, advisorId: owner.id, customers: CUSTOMERS, contracts: CONTRACTS });
  // one document per background contract: the folder's document queries must not scan the tenant's
  await withPgClient(url, (c) =>
    c.query(
      `INSERT INTO "Document" (id, "tenantId", "customerId", "contractId", category, title, "fileName", "contentType", "sizeBytes",
                               sha256, "storageKey", "isVisibleToCustomer", "scanState", "createdAt")
       SELECT gen_random_uuid(), "tenantId", "customerId", id, 'POLICY', 'Police', 'police.pdf', 'application/pdf', 120000,
              md5(id::text), 't/' || "tenantId" || '/c/' || "customerId" || '/' || gen_random_uuid(), true, 'CLEAN',
              now() - (random() * interval '1500 days')
       FROM "Contract" WHERE "tenantId" = $1`,
      [tenantId],
    ),
  );
  log(
    `background: ${CUSTOMERS} customers, ${CONTRACTS} contracts and documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  t0 = performance.now();
  const today = utcDay(new Date());
  const [lines, insurers] = await Promise.all([
    db.lineOfBusiness.findMany({ where: { tenantId: null }, select: { id: true, code: true }, orderBy: { code: "asc" } }),
    db.insurer.findMany({ where: { tenantId: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const customer = await db.customer.create({
    data: {
      tenantId,
      kind: "PERSON",
      customerNumber: "K-HEAVY",
      firstName: "Henriette",
      lastName: "Vielvertrag",
      email: "heavy@bench.example",
      advisorId: owner.id,
    },
  });
  const user = await db.user.create({
    data: {
      tenantId,
      kind: "CUSTOMER",
      status: "ACTIVE",
      email: "heavy@bench.example",
      customerId: customer.id,
      firstName: "Henriette",
      lastName: "Vielvertrag",
    },
  });
  await db.moduleRelease.createMany({
    data: (
      [
        ["PROFILE", "WRITE"],
        ["COMMUNICATION", "WRITE"],
        ["INSURANCE", "WRITE"],
        ["FINANCE", "READ"],
        ["OTHER_CONTRACTS", "WRITE"],
        ["EMERGENCY", "READ"],
        ["CLAIMS", "WRITE"],
        ["INVOICES", "READ"],
      ] as const
    ).map(([module, level]) => ({ tenantId, customerId: customer.id, module, level })),
  });
  // a household member who lets the heavy customer see her folder (the shell's household query)
  const partner = await db.customer.findFirstOrThrow({ where: { tenantId, customerNumber: "K-100001" }, select: { id: true } });
  const household = await db.household.create({ data: { tenantId, name: "Familie Vielvertrag" } });
  await db.customer.updateMany({ where: { id: { in: [customer.id, partner.id] } }, data: { householdId: household.id } });
  await db.householdConsent.create({
    data: {
      tenantId,
      householdId: household.id,
      grantorCustomerId: partner.id,
      granteeCustomerId: customer.id,
      grantedAt: today,
    },
  });

  const modules = ["INSURANCE", "INSURANCE", "INSURANCE", "FINANCE", "OTHER"] as const;
  const frequencies = ["MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY", "SINGLE", null] as const;
  const statuses = ["ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "CANCELLED", "OFFER", "EXPIRED"] as const;
  const contracts = Array.from({ length: HEAVY.contracts }, (_, n) => {
    const contractModule = modules[n % modules.length]!;
    // every third contract's main due date falls in the next 90 days, the rest anywhere in the year
    const due = n % 3 === 0 ? new Date(today.getTime() + (n % 90) * DAY_MS) : new Date(Date.UTC(2026, n % 12, 1 + (n % 28)));
    return {
      id: randomUUID(),
      tenantId,
      customerId: customer.id,
      module: contractModule,
      status: statuses[n % statuses.length]!,
      lineId: contractModule === "INSURANCE" ? lines[n % lines.length]!.id : null,
      insurerId: contractModule === "OTHER" ? null : insurers[n % insurers.length]!.id,
      insurerName: contractModule === "OTHER" ? `Stadtwerke ${n}` : null,
      product: contractModule === "INSURANCE" ? null : contractModule === "FINANCE" ? `Depot ${n}` : `Stromvertrag ${n}`,
      policyNumber: `HV-${String(n).padStart(4, "0")}`,
      startDate: new Date(Date.UTC(2015 + (n % 10), n % 12, 1)),
      endDate: n % 4 === 0 ? new Date(today.getTime() + ((n * 7) % 400) * DAY_MS) : null,
      mainDueMonth: n % 5 === 4 ? null : due.getUTCMonth() + 1,
      mainDueDay: n % 5 === 4 ? null : due.getUTCDate(),
      noticePeriodMonths: n % 2 ? 3 : 1,
      grossPremium: n % 10 === 9 ? null : `${(n % 700) + 12}.${String(n % 100).padStart(2, "0")}`,
      currency: n % 25 === 0 ? ("CHF" as const) : ("EUR" as const),
      paymentFrequency: frequencies[n % frequencies.length]!,
      origin: n % 20 === 0 ? ("CUSTOMER" as const) : ("BROKER" as const),
      deletedAt: n % 50 === 49 ? today : null,
    };
  });
  await inChunks(contracts, (data) => db.contract.createMany({ data }));

  const claims = Array.from({ length: HEAVY.claims }, (_, n) => ({
    id: randomUUID(),
    tenantId,
    customerId: customer.id,
    contractId: n % 5 === 4 ? null : contracts[(n * 7) % contracts.length]!.id,
    occurredOn: new Date(today.getTime() - (n * 11 + 3) * DAY_MS),
    description: `Schaden ${n}: Wasser im Keller`,
    status: (["REPORTED", "IN_PROGRESS", "SETTLED", "CLOSED"] as const)[n % 4],
    reportedById: user.id,
    createdAt: new Date(today.getTime() - n * 10 * DAY_MS),
  }));
  await db.claim.createMany({ data: claims });
  await inChunks(
    claims.flatMap((c) =>
      (["REPORTED", "IN_PROGRESS", "SETTLED"] as const).slice(0, HEAVY.eventsPerClaim).map((status, i) => ({
        tenantId,
        claimId: c.id,
        status,
        note: i ? "Rückfrage beim Versicherer" : null,
        createdAt: new Date(c.createdAt.getTime() + i * DAY_MS),
      })),
    ),
    (data) => db.claimEvent.createMany({ data }),
  );

  const categories = ["POLICY", "ENDORSEMENT", "INVOICE", "CORRESPONDENCE", "CLAIM", "OTHER"] as const;
  const documents = Array.from({ length: HEAVY.documents }, (_, n) => {
    // 80 % on contracts (the first contract gets a heavy share), 10 % general, 10 % on claims
    const kind = n % 10 === 8 ? "general" : n % 10 === 9 ? "claim" : "contract";
    const contractId = kind === "contract" ? contracts[n % 7 === 0 ? 0 : n % contracts.length]!.id : null;
    return {
      id: randomUUID(),
      tenantId,
      customerId: customer.id,
      contractId,
      claimId: kind === "claim" ? claims[n % claims.length]!.id : null,
      category: categories[n % categories.length]!,
      title: `Dokument ${n}`,
      documentDate: new Date(today.getTime() - n * DAY_MS),
      fileName: `dokument-${n}.pdf`,
      contentType: "application/pdf",
      sizeBytes: 50_000 + n,
      sha256: n.toString(16).padStart(64, "0"),
      storageKey: `t/${tenantId}/c/${customer.id}/${randomUUID()}`,
      origin: n % 15 === 0 ? ("CUSTOMER" as const) : ("BROKER" as const),
      isVisibleToCustomer: n % 12 !== 11,
      scanState: n % 40 === 39 ? ("PENDING" as const) : ("CLEAN" as const),
      deletedAt: n % 50 === 49 ? today : null,
      createdAt: new Date(today.getTime() - n * 13 * 60 * 60 * 1000),
    };
  });
  await inChunks(documents, (data) => db.document.createMany({ data }));
  // the customer has opened the older two thirds
  await inChunks(
    documents.filter((_, n) => n % 3 !== 0).map((d) => ({ documentId: d.id, userId: user.id, tenantId })),
    (data) => db.documentRead.createMany({ data }),
  );

  await inChunks(
    Array.from({ length: HEAVY.notifications }, (_, n) => ({
      tenantId,
      userId: user.id,
      type: n % 2 ? "document.created" : "claim.statusChanged",
      title: n % 2 ? "Neues Dokument in Ihrem Ordner" : "Ihr Schaden wurde bearbeitet",
      link: n % 2 ? "/portal/documents" : `/portal/claims/${claims[n % claims.length]!.id}`,
      readAt: n % 10 < 7 ? new Date(today.getTime() - n * DAY_MS) : null,
      createdAt: new Date(today.getTime() - n * 5 * 60 * 60 * 1000),
    })),
    (data) => db.notification.createMany({ data }),
  );
  await withPgClient(url, (c) => c.query(`ANALYZE`));
  log(
    `heavy customer: ${HEAVY.contracts} contracts, ${HEAVY.documents} documents, ${HEAVY.notifications} notifications, ` +
      `${HEAVY.claims} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const busiest = contracts[0]!;
  const line = lines[0]!;
  return { tenantId, userId: user.id, customerId: customer.id, contractId: busiest.id, lineCode: line.code };
}

async function measureAll(ids: Ids, queries: QueryLog, url: string) {
  const { loadPortalHome } = await import("@/lib/data/portal/load-portal-home");
  const { listVisibleContracts } = await import("@/lib/data/contracts/list-visible-contracts");
  const { getPortalContract } = await import("@/lib/data/portal/get-portal-contract");
  const { loadPremiumOverview } = await import("@/lib/data/portal/load-premium-overview");
  const { loadDocumentInbox } = await import("@/lib/data/documents/load-document-inbox");
  const { listOwnNotifications } = await import("@/lib/data/notifications/list-own-notifications");
  const { listFolderClaims } = await import("@/lib/data/claims/list-folder-claims");
  const { loadPortalShell } = await import("@/lib/data/portal/load-portal-shell");
  const { buildDataExport } = await import("@/lib/data/my-data/build-data-export");
  const ctx = await benchContext(ids.userId);
  if (ctx.actor.kind !== "CUSTOMER") throw new Error("bench user is not a customer");
  const customerCtx = { ...ctx, actor: ctx.actor };

  const firstInbox = await loadDocumentInbox(ctx, {});
  const lengthOf = (r: unknown) => (Array.isArray(r) ? `${r.length} rows` : "");
  const cases: BenchCase[] = [
    { name: "loadPortalShell", run: () => loadPortalShell(customerCtx), runs: RUNS, target: true },
    { name: "loadPortalHome", run: () => loadPortalHome(ctx), runs: RUNS, target: true },
    { name: "listVisibleContracts (all)", run: () => listVisibleContracts(ctx), runs: RUNS, target: true, size: lengthOf },
    {
      name: `listVisibleContracts (line ${ids.lineCode})`,
      run: () => listVisibleContracts(ctx, { lineCode: ids.lineCode }),
      runs: RUNS,
      target: true,
      size: lengthOf,
    },
    { name: "getPortalContract (busiest)", run: () => getPortalContract(ctx, ids.contractId), runs: RUNS, target: true },
    { name: "loadPremiumOverview", run: () => loadPremiumOverview(ctx), runs: RUNS, target: true },
    { name: "loadDocumentInbox (first page)", run: () => loadDocumentInbox(ctx, {}), runs: RUNS, target: true },
    {
      name: "loadDocumentInbox (category INVOICE)",
      run: () => loadDocumentInbox(ctx, { category: "INVOICE" }),
      runs: RUNS,
      target: true,
    },
    {
      name: "loadDocumentInbox (busiest contract)",
      run: () => loadDocumentInbox(ctx, { contract: ids.contractId }),
      runs: RUNS,
      target: true,
    },
    {
      name: "loadDocumentInbox (second page)",
      run: () => loadDocumentInbox(ctx, { cursor: firstInbox.page.nextCursor ?? undefined }),
      runs: RUNS,
      target: true,
    },
    { name: "listOwnNotifications", run: () => listOwnNotifications(ctx), runs: RUNS, target: true },
    { name: "listFolderClaims", run: () => listFolderClaims(ctx), runs: RUNS, target: true, size: lengthOf },
    {
      name: "buildDataExport",
      run: () => buildDataExport(ctx),
      runs: EXPORT_RUNS,
      target: false,
      size: (r) => {
        const c = (r as { counts: Record<string, number> }).counts;
        return `${c.contracts} contracts, ${c.documents} docs, ${c.notifications} notif.`;
      },
    },
  ];

  const measured = await measureCases(cases, queries, { warmups: WARMUPS, targetP95Ms: TARGET_P95_MS });
  console.log(
    `\ntarget: page loaders p95 < ${TARGET_P95_MS} ms ("!" marks misses); SQL/call = statements the Prisma client sent in one call`,
  );
  for (const s of measured.filter((m) => m.over)) {
    console.log(`\n${s.name}: slowest statements of the counted call`);
    const [slowest, ...others] = slowestFirst(s.statements);
    if (!slowest) continue;
    for (const q of [slowest, ...others.slice(0, 2)])
      console.log(`  ${q.ms.toFixed(1).padStart(6)} ms  ${q.sql.replace(/\s+/g, " ").slice(0, 300)}`);
    if (args.explain) await explainStatement(url, slowest);
  }
}
