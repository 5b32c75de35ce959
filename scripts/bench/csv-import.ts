// `npm run bench:import [-- --contracts 5000 --customers 2000 --only pglite|postgres]`
// Generates a German broker export (UTF-8 with BOM, ";" separated, customer columns on every
// contract row) and times the data layer's CSV import on a fresh database: preview, import, the
// same file again (idempotent: nothing created), then with every premium changed. Runs on the
// embedded PGlite and, when one answers on 127.0.0.1:5432 (or --postgres-url), on a scratch
// database of the real PostgreSQL. Each database runs in its own process: lib/db/client keeps
// one client per process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { portInUse } from "@/scripts/embedded/port-in-use";
import { startEmbeddedPostgres } from "@/scripts/embedded/start-pglite";
import { benchContext, log, openBenchDatabase, seedBenchTenant } from "./bench-setup";
import { createScratchDatabase } from "./real-postgres-database";

const { values: args } = parseArgs({
  options: {
    contracts: { type: "string", default: "5000" },
    customers: { type: "string", default: "2000" },
    only: { type: "string" },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const CONTRACTS = Number(args.contracts);
const CUSTOMERS = Math.min(Number(args.customers), CONTRACTS);
const TARGET_SECONDS = 30;
if (!Number.isInteger(CONTRACTS) || CONTRACTS < 1 || !Number.isInteger(CUSTOMERS) || CUSTOMERS < 1) {
  console.error("[bench] --contracts and --customers must be positive integers");
  process.exit(2);
}

if (!args.only) {
  const pgUrl = new URL(args["postgres-url"]);
  const targets = ["pglite", ...((await portInUse(Number(pgUrl.port || 5432), pgUrl.hostname)) ? ["postgres"] : [])];
  if (targets.length === 1) log(`no PostgreSQL at ${pgUrl.host}: PGlite only`);
  let failed = false;
  for (const target of targets) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, ...process.argv.slice(2), "--only", target],
      {
        stdio: "inherit",
      },
    );
    failed ||= child.status !== 0;
  }
  process.exit(failed ? 1 : 0);
}
if (args.only !== "pglite" && args.only !== "postgres") {
  console.error(`[bench] --only must be "pglite" or "postgres"`);
  process.exit(2);
}

const INSURERS = [
  "Allianz",
  "AXA",
  "ERGO",
  "HUK-COBURG",
  "R+V",
  "Gothaer",
  "HDI",
  "Signal Iduna",
  "VHV",
  "Debeka",
  "Maklerpool Spezial AG",
];
const LINES = ["010", "020", "030", "040", "050", "051", "070", "130", "140", "190"];
const FREQUENCIES = ["monatlich", "vierteljährlich", "halbjährlich", "jährlich"];
const STATUSES = ["aktiv", "aktiv", "aktiv", "storniert", "Angebot"];
const CITIES = [
  ["20095", "Hamburg"],
  ["10115", "Berlin"],
  ["80331", "München"],
  ["50667", "Köln"],
];

/** The kind of file a broker system exports: one row per contract, the customer repeated on each. */
function generateCsv(premiumCents = 0): Uint8Array {
  const lines = [
    "Kd-Nr.;Anrede;Vorname;Name;Geburtsdatum;E-Mail;Straße;PLZ;Ort;VS-Nr;Gesellschaft;Sparte;Tarif;Status;Beginn;Ablauf;Beitrag;Zahlweise;Versicherungssumme",
  ];
  for (let n = 0; n < CONTRACTS; n++) {
    const c = n % CUSTOMERS;
    const [plz, city] = CITIES[c % CITIES.length]!;
    const day = String((n % 28) + 1).padStart(2, "0");
    const month = String((n % 12) + 1).padStart(2, "0");
    lines.push(
      [
        `K-${100000 + c}`,
        c % 2 ? "Herr" : "Frau",
        `Vorname${c % 97}`,
        `Müller-${c}`,
        `${day}.${month}.${1950 + (c % 50)}`,
        `kunde${c}@bench.example`,
        `Hauptstraße ${(c % 120) + 1}`,
        plz,
        city,
        `VS-${n}-${(n * 7919) % 100000}`,
        INSURERS[n % INSURERS.length],
        LINES[n % LINES.length],
        `Tarif ${n % 13}`,
        STATUSES[n % STATUSES.length],
        `${day}.${month}.${2015 + (n % 10)}`,
        n % 3 ? "" : `${day}.${month}.${2030 + (n % 5)}`,
        `${(n % 900) + 10},${String((n + premiumCents) % 100).padStart(2, "0")}`,
        FREQUENCIES[n % FREQUENCIES.length],
        n % 4 ? "" : `${((n % 90) + 10) * 1000}`.replace(/\B(?=(\d{3})+$)/g, "."),
      ].join(";"),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

const workDir = mkdtempSync(path.join(tmpdir(), "mp-bench-import-"));
const cleanups: (() => Promise<unknown>)[] = [async () => rmSync(workDir, { recursive: true, force: true })];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()!().catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
}

try {
  let url: string;
  let label: string;
  if (args.only === "pglite") {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pglite"), port: 0 });
    cleanups.push(embedded.stop);
    url = embedded.url;
    label = "PGlite (embedded)";
  } else {
    const scratch = await createScratchDatabase(args["postgres-url"], "mp_bench_import");
    cleanups.push(scratch.drop);
    url = scratch.url;
    label = `PostgreSQL ${new URL(args["postgres-url"]).host}`;
  }
  const { disconnect } = await openBenchDatabase(url);
  cleanups.push(disconnect);
  await measure(label);
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function measure(label: string) {
  const { db } = await import("@/lib/db/client");
  const { previewImport } = await import("@/lib/data/import/preview-import");
  const { runImport } = await import("@/lib/data/import/run-import");

  const { tenant, owner } = await seedBenchTenant();
  const ctx = await benchContext(owner.id);

  const file = generateCsv();
  log(`${label}: ${CONTRACTS} contracts of ${CUSTOMERS} customers, ${(file.byteLength / 1_000_000).toFixed(2)} MB`);
  const request = { kind: "contracts" as const, source: "Bench-Export" };
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const result = await run();
    return [result, (performance.now() - t0) / 1000];
  };

  const [preview, previewSec] = await timed(() => previewImport(ctx, file, request));
  if (!preview.ok) throw new Error(`preview refused: ${JSON.stringify(preview)}`);
  const [first, importSec] = await timed(() => runImport(ctx, file, request));
  if (!first.ok) throw new Error(`import refused: ${JSON.stringify(first)}`);
  const [again, againSec] = await timed(() => runImport(ctx, file, request));
  if (!again.ok) throw new Error(`re-import refused: ${JSON.stringify(again)}`);

  // worst case for updates: every contract's premium changed (one UPDATE per contract)
  const [changed, changedSec] = await timed(() => runImport(ctx, generateCsv(1), request));
  if (!changed.ok) throw new Error(`changed import refused: ${JSON.stringify(changed)}`);

  const stored = await db.contract.count({ where: { tenantId: tenant.id } });
  const c1 = first.data.counts;
  const c2 = again.data.counts;
  const ok =
    stored === CONTRACTS &&
    c1.contractsCreated === CONTRACTS &&
    c2.contractsCreated === 0 &&
    c2.customersCreated === 0 &&
    changed.data.counts.contractsUpdated === CONTRACTS;
  console.log(`\n${label}`);
  console.log(
    `  preview            ${previewSec.toFixed(2).padStart(7)} s   ${preview.data.validRows} valid rows, ${preview.data.errorRows} bad`,
  );
  console.log(
    `  import             ${importSec.toFixed(2).padStart(7)} s   ${c1.customersCreated} customers, ${c1.contractsCreated} contracts, ${c1.insurersAdded} insurers created`,
  );
  console.log(`  preview + import   ${(previewSec + importSec).toFixed(2).padStart(7)} s   (target < ${TARGET_SECONDS} s)`);
  console.log(
    `  same file again    ${againSec.toFixed(2).padStart(7)} s   ${c2.contractsCreated} created, ${c2.contractsUpdated} updated, ${c2.contractsUnchanged} unchanged`,
  );
  console.log(
    `  every premium new  ${changedSec.toFixed(2).padStart(7)} s   ${changed.data.counts.contractsUpdated} updated, ${changed.data.counts.contractsCreated} created`,
  );
  console.log(`  contracts stored   ${stored}${ok ? "" : "   ← UNEXPECTED"}\n`);
  if (!ok || previewSec + importSec >= TARGET_SECONDS) process.exitCode = 1;
}
