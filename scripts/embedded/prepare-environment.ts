import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EMBEDDED } from "@/lib/env";
import { applyMigrations } from "@/scripts/db/migrator";
import { startEmbeddedPostgres } from "./start-pglite";
import { startEmbeddedS3 } from "./start-s3";

export type PreparedEnvironment = {
  /** true when this process started PGlite and/or s3rver */
  embedded: { postgres: boolean; s3: boolean };
  /** the demo seed ran (it skips itself when tenant demo already exists) */
  demo: boolean;
  stop(): Promise<void>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");
// EMBEDDED_DATA_DIR lets the e2e suite run on a fresh, separate data folder; EMBEDDED_PG_PORT /
// EMBEDDED_S3_PORT (read in lib/env.ts) let it run next to a running `npm run dev`.
export const DATA_DIR = path.resolve(ROOT, process.env.EMBEDDED_DATA_DIR ?? ".data");
// PGlite is one session behind a queue: a few connections per process are plenty.
const EMBEDDED_POOL_SIZE = "4";

const log = (msg: string) => console.log(`[env] ${msg}`);

/**
 * Makes the environment usable for `npm run dev` / `npm start`: starts PGlite and s3rver for
 * whatever is not configured (data under .data/, kept across restarts), applies pending
 * migrations (forward-only, before the app serves), and seeds the demo tenants on the embedded
 * default. Sets process.env so the spawned Next process inherits the same settings.
 */
export async function prepareEnvironment(options: { mode: "dev" | "prod" }): Promise<PreparedEnvironment> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    // reverse order: nothing should still talk to the database while it closes
    for (const fn of stops.reverse()) await fn().catch((e: unknown) => log(`stop failed: ${String(e)}`));
    stops.length = 0;
  };
  const embedded = { postgres: false, s3: false };
  let demo = false;

  try {
    if (!process.env.DATABASE_URL) {
      const dataDir = path.join(DATA_DIR, "pglite");
      log(`DATABASE_URL not set → starting embedded PostgreSQL (PGlite, data in ${shown(dataDir)}/)…`);
      const pg = await startEmbeddedPostgres({ dataDir, port: EMBEDDED.pgPort });
      stops.push(pg.stop);
      process.env.DATABASE_URL = pg.url;
      process.env.DATABASE_POOL_SIZE ??= EMBEDDED_POOL_SIZE;
      embedded.postgres = true;
      log(`PostgreSQL (PGlite) ready at ${pg.url}`);
    } else {
      log(`using DATABASE_URL ${redact(process.env.DATABASE_URL)}`);
    }

    if (!process.env.S3_ENDPOINT) {
      const dataDir = path.join(DATA_DIR, "s3");
      log(`S3_ENDPOINT not set → starting embedded S3 (s3rver, data in ${shown(dataDir)}/)…`);
      const s3 = await startEmbeddedS3({ dataDir, port: EMBEDDED.s3Port });
      stops.push(s3.stop);
      process.env.S3_ENDPOINT = s3.endpoint;
      process.env.S3_BUCKET ??= s3.bucket;
      embedded.s3 = true;
      log(`S3 (s3rver) ready at ${s3.endpoint}, bucket ${s3.bucket}`);
      if (options.mode === "prod" && !embedded.postgres) {
        log(
          "WARNING: real database but embedded S3 — documents are stored on this machine only. Set S3_ENDPOINT and S3_* for production.",
        );
      }
    } else {
      log(`using S3_ENDPOINT ${process.env.S3_ENDPOINT}`);
    }

    if (embedded.postgres && !process.env.DEV_TRANSPORTS && !process.env.RESEND_API_KEY) {
      // A local trial of the production build on the embedded default: capture mail in /dev/mailbox.
      process.env.DEV_TRANSPORTS = "true";
    }

    if (options.mode === "prod" && !process.env.NEXTAUTH_SECRET) {
      if (!embedded.postgres) {
        throw new Error("NEXTAUTH_SECRET must be set for production (generate one with `openssl rand -base64 32`).");
      }
      // Trying the production build locally on the embedded default: a per-checkout secret
      // that survives restarts, so sessions stay valid.
      process.env.NEXTAUTH_SECRET = localSecret();
      log(`NEXTAUTH_SECRET not set → using the local secret in ${shown(DATA_DIR)}/nextauth-secret (embedded default only)`);
    }

    const started = performance.now();
    const applied = await applyMigrations(process.env.DATABASE_URL, (msg) => log(msg));
    log(
      applied.length
        ? `${applied.length} migration(s) applied in ${((performance.now() - started) / 1000).toFixed(1)}s`
        : "database schema is up to date",
    );

    const seedWanted = process.env.SEED_DEMO ? process.env.SEED_DEMO === "true" : embedded.postgres;
    if (seedWanted) {
      demo = true;
      // Imported only now: lib/db/client reads DATABASE_URL when it is first loaded.
      const { seedDemo } = await import("@/prisma/seed/index");
      const { db } = await import("@/lib/db/client");
      try {
        const { seeded } = await seedDemo({ log: (m) => log(`seed: ${m}`) });
        log(seeded ? "demo data seeded" : "demo data already present (tenant demo exists) — keeping your data");
      } finally {
        // the supervisor needs no connections while Next runs
        await db.$disconnect();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return { embedded, demo, stop };
}

function localSecret(): string {
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Paths inside the checkout relative (".data/pglite"), others absolute. */
export function shown(p: string): string {
  const rel = path.relative(ROOT, p);
  return rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
