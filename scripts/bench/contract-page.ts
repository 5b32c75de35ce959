// `npm run bench:contracts [-- --duration 15 --connections 10 --warmup 50 --only pglite|postgres]`
// Load-tests the signed-in customer's contract page (/portal) with autocannon, once on the
// embedded PostgreSQL (PGlite) and once on the real PostgreSQL, each on fresh, seeded data, and
// prints p50/p95/p99 latency, req/s, errors and non-2xx responses. Loopback only; bounded in time.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "./ensure-build";
import { formatTable, type BenchRow } from "./print-table";
import { createScratchDatabase } from "./real-postgres-database";
import { runLoad, warmUp } from "./run-load";
import { signIn } from "./sign-in";
import { startServer } from "./start-server";
import { TransactionCounter } from "./transaction-counter";

// Ports away from `npm run dev` (3000/54329/4569) and the e2e suite (3100), so a bench can run beside them.
const HTTP_PORT = 3200;
const PG_PORT = 55432;
const S3_PORT = 4669;
const TENANT_HOST = `demo.localhost:${HTTP_PORT}`;
const CUSTOMER = { identifier: "kunde@demo.example", password: "Demo-Passwort-2026!" };
// PostgreSQL flushes an idle backend's statistics after at most 10 s.
const STATS_FLUSH_WAIT_MS = 11_000;

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "50" },
    only: { type: "string" },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
    "skip-query-count": { type: "boolean", default: false },
  },
});
const durationSec = positiveInt(args.duration, "--duration");
const connections = positiveInt(args.connections, "--connections");
const warmupCount = positiveInt(args.warmup, "--warmup");
const targets = (["pglite", "postgres"] as const).filter((t) => !args.only || args.only === t);
if (targets.length === 0) fail(`--only must be "pglite" or "postgres"`);

const log = (msg: string) => console.log(`[bench] ${msg}`);
// cleanups of the run in progress, newest first, so Ctrl-C leaves nothing behind
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length)
    await cleanups
      .pop()?.()
      .catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
}
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
process.once("SIGTERM", () => void cleanUp().finally(() => process.exit(143)));

async function bench(target: "pglite" | "postgres"): Promise<BenchRow> {
  const workDir = mkdtempSync(path.join(tmpdir(), `mp-bench-${target}-`));
  cleanups.push(async () => rmSync(workDir, { recursive: true, force: true }));

  let databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/postgres`;
  let label = "PGlite (embedded)";
  if (target === "postgres") {
    const scratch = await createScratchDatabase(args["postgres-url"], "mp_bench");
    cleanups.push(async () => {
      await scratch.drop();
      log(`dropped database ${scratch.name}`);
    });
    databaseUrl = scratch.url;
    label = "PostgreSQL 127.0.0.1:5432";
    log(`created database ${scratch.name}`);
  }

  log(`${label}: starting the production server on port ${HTTP_PORT} (log: ${path.join(workDir, "server.log")})…`);
  const started = performance.now();
  const server = await startServer({
    port: HTTP_PORT,
    host: TENANT_HOST,
    logFile: path.join(workDir, "server.log"),
    ports: target === "pglite" ? [HTTP_PORT, PG_PORT, S3_PORT] : [HTTP_PORT, S3_PORT],
    env: {
      EMBEDDED_DATA_DIR: workDir,
      EMBEDDED_PG_PORT: String(PG_PORT),
      EMBEDDED_S3_PORT: String(S3_PORT),
      DATABASE_URL: target === "postgres" ? databaseUrl : undefined,
      // each database gets its default pool (4 on PGlite, 10 otherwise), as users get it
      DATABASE_POOL_SIZE: undefined,
      S3_ENDPOINT: undefined,
      S3_BUCKET: undefined,
      RESEND_API_KEY: undefined,
      NEXTAUTH_URL: undefined,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      SEED_DEMO: "true",
    },
  });
  cleanups.push(server.stop);
  log(`${label}: server ready after ${((performance.now() - started) / 1000).toFixed(1)}s`);
  try {
    return await measure(label, databaseUrl, server.logFile);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${serverLogTail(server.logFile)}`);
  } finally {
    await cleanUp();
  }
}

async function measure(label: string, databaseUrl: string, logFile: string): Promise<BenchRow> {
  const cookie = await signIn({ port: HTTP_PORT, host: TENANT_HOST, ...CUSTOMER });
  log(`${label}: signed in as ${CUSTOMER.identifier}; /portal answers 200 with "Meine Verträge"`);
  const loadTarget = { port: HTTP_PORT, host: TENANT_HOST, path: "/portal", cookie };

  const counter = args["skip-query-count"] ? null : new TransactionCounter(databaseUrl);
  const before = counter ? await counter.read(STATS_FLUSH_WAIT_MS) : 0;

  await warmUp(loadTarget, warmupCount);
  log(`${label}: ${warmupCount} warm-up requests done; load: ${connections} connections for ${durationSec}s…`);
  const stats = await runLoad(loadTarget, { durationSec, connections });

  let queriesPerRender: number | null = null;
  if (counter) {
    // optional figure: a failure here must not throw away the latencies just measured
    const after = await counter.read(STATS_FLUSH_WAIT_MS).catch((error: unknown) => {
      log(`${label}: could not read the transaction count after the load (${String(error)})\n${serverLogTail(logFile)}`);
      return Number.NaN;
    });
    const renders = warmupCount + stats.requests;
    queriesPerRender = after > before ? (after - before) / renders : null;
  }

  return {
    database: label,
    requests: stats.requests,
    reqPerSec: stats.reqPerSec,
    errors: stats.errors + stats.timeouts,
    non2xx: stats.non2xx,
    p50: stats.p50,
    p95: stats.p95,
    p99: stats.p99,
    acP97_5: stats.autocannon.p97_5,
    queriesPerRender,
  };
}

const rows: BenchRow[] = [];
try {
  await ensureBuild(log);
  for (const target of targets) rows.push(await bench(target));
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  await cleanUp();
  process.exit(1);
}

console.log(
  `\nGET /portal as ${CUSTOMER.identifier} — ${connections} connections, ${durationSec}s, after ${warmupCount} warm-up requests`,
);
console.log(
  "latencies of 2xx responses, recorded per response; tx/render = committed transactions per render ≈ SQL statements\n",
);
console.log(formatTable(rows));
process.exit(0);

function serverLogTail(file: string, lines = 30): string {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  return `--- last ${lines} lines of the server log ---\n${text.split("\n").slice(-lines).join("\n")}`;
}

function positiveInt(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`${flag} must be a positive integer, got "${value}"`);
  return n;
}

function fail(message: string): never {
  console.error(`[bench] ${message}`);
  process.exit(2);
}
