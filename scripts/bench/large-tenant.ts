// `npm run bench:large-tenant [-- --customers 10000 --contracts 100000 --runs 40]`
// Seeds one tenant with 10,000 customers and 100,000 contracts in a scratch database on the real
// PostgreSQL (127.0.0.1:5432), then times the data-layer work behind the broker's pages — the
// customer list (default, search, filter, sort) and a customer and a contract page — and prints
// p50/p95 in ms. Server time of the queries, without HTTP and React rendering.
import { parseArgs } from "node:util";
import { applyMigrations } from "@/scripts/db/migrator";
import { withPgClient } from "@/scripts/db/with-pg-client";
import { createScratchDatabase } from "./real-postgres-database";

const { values: args } = parseArgs({
  options: {
    customers: { type: "string", default: "10000" },
    contracts: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const CUSTOMERS = Number(args.customers);
const CONTRACTS = Number(args.contracts);
const RUNS = Number(args.runs);
const log = (msg: string) => console.log(`[bench] ${msg}`);

const scratch = await createScratchDatabase(args["postgres-url"], "mp_bench_large");
log(`created database ${scratch.name}`);
try {
  await applyMigrations(scratch.url);
  process.env.DATABASE_URL = scratch.url;
  const started = performance.now();
  const ids = await seed(scratch.url);
  log(`seeded ${CUSTOMERS} customers and ${CONTRACTS} contracts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await measureAll(ids);
} finally {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await scratch.drop();
  log(`dropped database ${scratch.name}`);
}

type Ids = { tenantId: string; ownerId: string; customerId: string; contractId: string };

/** Bulk rows with generate_series: realistic shapes (names, cities, insurers, lines) without Prisma per row. */
async function seed(url: string): Promise<Ids> {
  const { db } = await import("@/lib/db/client");
  const { seedCatalog } = await import("@/prisma/seed/catalog");
  await seedCatalog(db);
  const tenant = await db.tenant.create({ data: { slug: "bench", name: "Bench Makler" } });
  const role = await db.staffRole.create({
    data: { tenantId: tenant.id, key: "owner", name: "Inhaber", rights: {} },
  });
  const owner = await db.user.create({
    data: {
      tenantId: tenant.id,
      email: "owner@bench.example",
      kind: "STAFF",
      status: "ACTIVE",
      staffRoleId: role.id,
      totpEnabledAt: new Date(),
      firstName: "Olga",
      lastName: "Owner",
    },
  });
  await withPgClient(url, async (c) => {
    await c.query(
      `INSERT INTO "Customer" (id, "tenantId", kind, "customerNumber", "firstName", "lastName", email, city, "advisorId", "updatedAt")
       SELECT gen_random_uuid(), $1, 'PERSON', 'K-' || (100000 + n), 'Vorname' || (n % 97), 'Muster' || lpad(n::text, 6, '0'),
              'kunde' || n || '@bench.example', (ARRAY['Hamburg','Berlin','München','Köln','Zürich'])[1 + n % 5],
              CASE WHEN n % 3 = 0 THEN $2::uuid END, now()
       FROM generate_series(1, $3::int) AS n`,
      [tenant.id, owner.id, CUSTOMERS],
    );
    await c.query(
      `WITH cust AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Customer" WHERE "tenantId" = $1),
            ins AS (SELECT array_agg(id) AS ids FROM "Insurer" WHERE "tenantId" IS NULL),
            lin AS (SELECT array_agg(id) AS ids FROM "LineOfBusiness" WHERE "tenantId" IS NULL)
       INSERT INTO "Contract" (id, "tenantId", "customerId", module, status, "lineId", "insurerId", "policyNumber", "startDate", "endDate",
                               "grossPremium", "paymentFrequency", "updatedAt")
       SELECT gen_random_uuid(), $1, cust.id, 'INSURANCE', 'ACTIVE', lin.ids[1 + n % array_length(lin.ids, 1)],
              ins.ids[1 + n % array_length(ins.ids, 1)], 'P-' || n, date '2020-01-01' + (n % 1500), date '2027-01-01' + (n % 700),
              (n % 900) + 9.9, 'MONTHLY', now()
       FROM generate_series(1, $2::int) AS n
       JOIN cust ON cust.rn = 1 + (n % $3::int), ins, lin`,
      [tenant.id, CONTRACTS, CUSTOMERS],
    );
    await c.query(`ANALYZE`);
  });
  const contract = await db.contract.findFirstOrThrow({ where: { tenantId: tenant.id }, select: { id: true, customerId: true } });
  return { tenantId: tenant.id, ownerId: owner.id, customerId: contract.customerId, contractId: contract.id };
}

async function measureAll(ids: Ids) {
  const { loadRequestContext } = await import("@/lib/data/context/load-request-context");
  const { resolveHost } = await import("@/lib/tenant/resolve-tenant");
  const { listCustomers } = await import("@/lib/data/customers/list-customers");
  const { getCustomerRecord } = await import("@/lib/data/customers/get-customer-record");
  const { getContractRecord } = await import("@/lib/data/contracts/get-contract-record");
  const { listVisibleContracts } = await import("@/lib/data/contracts/list-visible-contracts");
  const { listVisibleDocuments } = await import("@/lib/data/documents/list-visible-documents");
  const { listAuditEntries } = await import("@/lib/data/audit/list-audit-entries");
  const { db } = await import("@/lib/db/client");
  const resolution = await resolveHost("bench.localhost");
  if (resolution.kind !== "tenant") throw new Error("bench tenant did not resolve");
  const now = Math.floor(Date.now() / 1000);
  const owner = await db.user.findUniqueOrThrow({ where: { id: ids.ownerId } });
  const ctx = await loadRequestContext({
    tenant: resolution.tenant,
    claims: {
      userId: owner.id,
      tenantId: ids.tenantId,
      kind: "STAFF",
      sessionVersion: owner.sessionVersion,
      authTime: now,
      lastSeen: now,
      remember: false,
    },
  });
  if (!ctx) throw new Error("no context");

  const cases: [string, () => Promise<unknown>][] = [
    ["customer list, first page", () => listCustomers(ctx, {})],
    ["customer list, search 'Muster0042'", () => listCustomers(ctx, { q: "Muster0042" })],
    ["customer list, search policy 'P-4711'", () => listCustomers(ctx, { q: "P-4711" })],
    ["customer list, advisor filter", () => listCustomers(ctx, { advisor: ids.ownerId })],
    ["customer list, not invited, newest", () => listCustomers(ctx, { invitation: "none", sort: "newest" })],
    [
      "customer page (record+contracts+activity)",
      () =>
        Promise.all([
          getCustomerRecord(ctx, ids.customerId),
          listVisibleContracts(ctx, { customerId: ids.customerId }),
          listAuditEntries(ctx, { customerId: ids.customerId }),
        ]),
    ],
    [
      "contract page (record+documents+history)",
      () =>
        Promise.all([
          getContractRecord(ctx, ids.contractId),
          listVisibleDocuments(ctx, { customerId: ids.customerId, contractId: ids.contractId }),
          listAuditEntries(ctx, { contractId: ids.contractId }),
        ]),
    ],
  ];
  console.log(`\n${"case".padEnd(46)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
  for (const [name, run] of cases) {
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!.toFixed(1);
    console.log(`${name.padEnd(46)} ${pct(50).padStart(8)} ${pct(95).padStart(8)}`);
  }
}
