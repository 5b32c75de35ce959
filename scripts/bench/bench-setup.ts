// Start-up and measurement shared by the data-layer benches (large-tenant, csv-import, customer-folder,
// ticket-inbox): open a migrated database, seed the catalogue and a bench tenant with its owner, build
// a signed-in user's request context the way a real request does, and time a function (p50/p95). For
// customer-folder and ticket-inbox also the whole frame on a scratch database (runScratchBench) and
// the table of cases with their SQL statements (measureCases, explainStatement).
//
// lib/db/client keeps one Prisma client per process, created when the module is first imported, so
// everything touching the app's modules is imported lazily, after DATABASE_URL points at the bench
// database (openBenchDatabase).
import type { RequestContext } from "@/lib/data/context/types";
import { applyMigrations } from "@/scripts/db/migrator";
import { withPgClient } from "@/scripts/db/with-pg-client";
import { createScratchDatabase } from "./real-postgres-database";

export const log = (msg: string) => console.log(`[bench] ${msg}`);

/** SQL statements seen by the Prisma client since the last reset (only with openBenchDatabase({ countQueries: true })). */
export type QueryLog = { count: number; queries: LoggedQuery[]; reset(): void };
export type LoggedQuery = { sql: string; params: string; ms: number };

/**
 * Applies the migrations to `url`, points DATABASE_URL at it and creates the process's Prisma client.
 * With countQueries the client is built like lib/db/client's (same adapter and pool size) plus Prisma's
 * query event, and installed where lib/db/client picks it up (globalThis.__db), so every data-layer
 * call's statements are counted. Returns the client's disconnect for the cleanup.
 */
export async function openBenchDatabase(
  url: string,
  { countQueries = false }: { countQueries?: boolean } = {},
): Promise<{ disconnect: () => Promise<void>; queries: QueryLog | null }> {
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  let queries: QueryLog | null = null;
  if (countQueries) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("@/lib/db/generated/client");
    const { serverEnv } = await import("@/lib/env");
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url, max: serverEnv().DATABASE_POOL_SIZE }),
      log: [{ emit: "event", level: "query" }],
    });
    const seen: QueryLog = {
      count: 0,
      queries: [],
      reset() {
        this.count = 0;
        this.queries = [];
      },
    };
    client.$on("query", (e) => {
      seen.count++;
      seen.queries.push({ sql: e.query, params: e.params, ms: Number(e.duration) });
    });
    (globalThis as unknown as { __db?: unknown }).__db = client;
    queries = seen;
  }
  const { db } = await import("@/lib/db/client");
  return { disconnect: () => db.$disconnect(), queries };
}

/** Catalogue (insurers, lines of business), tenant "bench" and its owner (staff, 2FA enrolled). */
export async function seedBenchTenant({
  slug = "bench",
  ownerName,
}: { slug?: string; ownerName?: { firstName: string; lastName: string } } = {}) {
  const { db } = await import("@/lib/db/client");
  const { seedCatalog } = await import("@/prisma/seed/catalog");
  await seedCatalog(db);
  const tenant = await db.tenant.create({ data: { slug, name: "Bench Makler" } });
  const role = await db.staffRole.create({ data: { tenantId: tenant.id, key: "owner", name: "Inhaber", rights: {} } });
  const owner = await db.user.create({
    data: {
      tenantId: tenant.id,
      email: `owner@${slug}.example`,
      kind: "STAFF",
      status: "ACTIVE",
      staffRoleId: role.id,
      totpEnabledAt: new Date(),
      ...ownerName,
    },
  });
  return { tenant, owner };
}

/**
 * `customers` customers and `contracts` insurance contracts (round robin over the customers, catalogue
 * lines and insurers) with generate_series: realistic shapes without Prisma per row. Every third
 * customer is advised by `advisorId`.
 */
export async function seedBulkCustomers(
  url: string,
  { tenantId, advisorId, customers, contracts }: { tenantId: string; advisorId: string; customers: number; contracts: number },
) {
  await withPgClient(url, async (c) => {
    await c.query(
      `INSERT INTO "Customer" (id, "tenantId", kind, "customerNumber", "firstName", "lastName", email, city, "advisorId", "updatedAt")
       SELECT gen_random_uuid(), $1, 'PERSON', 'K-' || (100000 + n), 'Vorname' || (n % 97), 'Muster' || lpad(n::text, 6, '0'),
              'kunde' || n || '@bench.example', (ARRAY['Hamburg','Berlin','München','Köln','Zürich'])[1 + n % 5],
              CASE WHEN n % 3 = 0 THEN $2::uuid END, now()
       FROM generate_series(1, $3::int) AS n`,
      [tenantId, advisorId, customers],
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
      [tenantId, contracts, customers],
    );
    await c.query(`ANALYZE`);
  });
}

/**
 * The request context `userId` gets on its tenant's host, as tests/setup/request-context.ts builds it:
 * resolveHost + loadRequestContext with the claims of a sign-in that happened just now.
 */
export async function benchContext(userId: string): Promise<RequestContext> {
  const { db } = await import("@/lib/db/client");
  const { loadRequestContext } = await import("@/lib/data/context/load-request-context");
  const { resolveHost, clearTenantCache } = await import("@/lib/tenant/resolve-tenant");
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, tenantId: true, kind: true, sessionVersion: true, tenant: { select: { slug: true } } },
  });
  clearTenantCache();
  const resolution = await resolveHost(`${user.tenant.slug}.localhost`);
  if (resolution.kind !== "tenant") throw new Error(`bench tenant ${user.tenant.slug} did not resolve`);
  const seconds = Math.floor(Date.now() / 1000);
  const ctx = await loadRequestContext({
    tenant: resolution.tenant,
    claims: {
      userId: user.id,
      tenantId: user.tenantId,
      kind: user.kind,
      sessionVersion: user.sessionVersion,
      authTime: seconds,
      lastSeen: seconds,
      remember: false,
    },
  });
  if (!ctx) throw new Error(`no request context for bench user ${userId}`);
  return ctx;
}

export type Timing = { p50: number; p95: number; max: number };

/** Runs `run` `warmups` times untimed, then `runs` times one after the other; percentiles in ms. */
export async function timeRuns(
  run: () => Promise<unknown>,
  { warmups, runs }: { warmups: number; runs: number },
): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  return { p50: pct(50), p95: pct(95), max: times.at(-1)! };
}

/**
 * The frame of a data-layer bench: a scratch database `<prefix>_<timestamp>` on the real PostgreSQL,
 * migrated and opened with query counting, seeded, measured, and dropped again (with `keep` left for
 * experiments). A failure is printed and sets the exit code.
 */
export async function runScratchBench<Seeded>(
  { postgresUrl, prefix, keep }: { postgresUrl: string; prefix: string; keep: boolean },
  seed: (url: string) => Promise<Seeded>,
  measure: (seeded: Seeded, queries: QueryLog, url: string) => Promise<void>,
): Promise<void> {
  const scratch = await createScratchDatabase(postgresUrl, prefix);
  log(`created database ${scratch.name}`);
  let disconnect = async () => {};
  try {
    const opened = await openBenchDatabase(scratch.url, { countQueries: true });
    disconnect = opened.disconnect;
    const started = performance.now();
    const seeded = await seed(scratch.url);
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await measure(seeded, opened.queries!, scratch.url);
  } catch (error) {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  } finally {
    await disconnect();
    if (keep) log(`kept database ${scratch.url} (drop it with: DROP DATABASE ${scratch.name} WITH (FORCE))`);
    else {
      await scratch.drop();
      log(`dropped database ${scratch.name}`);
    }
  }
}

/** One measured call: `runs` timed runs; `target`: held to the p95 target; `size` describes its result. */
export type BenchCase = {
  name: string;
  run: () => Promise<unknown>;
  runs: number;
  target: boolean;
  size?: (result: unknown) => string;
};
export type MeasuredCase = { name: string; over: boolean; statements: LoggedQuery[] };

/**
 * Per case one counted call first (cold-ish, after nothing else ran for this case), then the timings
 * (Prisma's query event stays on: its cost is a callback per statement). Prints the table and returns
 * every case with its statements and whether it missed `targetP95Ms`.
 */
export async function measureCases(
  cases: BenchCase[],
  queries: QueryLog,
  { warmups, targetP95Ms }: { warmups: number; targetP95Ms: number },
): Promise<MeasuredCase[]> {
  const header = ["case", "runs", "p50 ms", "p95 ms", "max ms", "SQL/call", "result"];
  const rows: string[][] = [];
  const measured: MeasuredCase[] = [];
  for (const c of cases) {
    queries.reset();
    const result = await c.run();
    const statements = [...queries.queries];
    const t = await timeRuns(c.run, { warmups, runs: c.runs });
    const over = c.target && t.p95 > targetP95Ms;
    rows.push([
      c.name,
      String(c.runs),
      t.p50.toFixed(1),
      t.p95.toFixed(1) + (over ? " !" : ""),
      t.max.toFixed(1),
      String(statements.length),
      c.size?.(result) ?? "",
    ]);
    measured.push({ name: c.name, over, statements });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.map(line).join("\n")}`);
  return measured;
}

/** The slowest statements of a case's counted call, slowest first. */
export const slowestFirst = (statements: LoggedQuery[]) => [...statements].sort((a, b) => b.ms - a.ms);

/** EXPLAIN ANALYZE of a statement the Prisma client sent, with the same parameters. */
export async function explainStatement(url: string, q: LoggedQuery) {
  const params = JSON.parse(q.params) as unknown[];
  const plan = await withPgClient(url, (c) => c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, params));
  console.log(`  SQL: ${q.sql}\n  params: ${q.params.slice(0, 300)}`);
  console.log(plan.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n"));
}
