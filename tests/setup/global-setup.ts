// Starts the services for the integration project once per run: a PostgreSQL database with all
// migrations applied and an s3rver with a test bucket. Values reach the workers via provide().
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/scripts/db/migrator";
import { portInUse } from "@/scripts/embedded/port-in-use";
import { startEmbeddedPostgres } from "@/scripts/embedded/start-pglite";
import { startEmbeddedS3 } from "@/scripts/embedded/start-s3";
import "./provided-env";
import { withPgClient } from "@/scripts/db/with-pg-client";

const TEST_BUCKET = "maklerportal-test";
const LOCAL_PG = { host: "127.0.0.1", port: 5432 };
const log = (msg: string) => console.log(`[test-setup] ${msg}`);

type Database = { url: string; cleanup: () => Promise<void> };

/** TEST_DATABASE_URL/DATABASE_URL if given, else a fresh database on local PostgreSQL, else PGlite. */
async function chooseDatabase(tempRoot: string): Promise<Database> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    log("using the configured TEST_DATABASE_URL/DATABASE_URL (left as it is afterwards)");
    return { url: given, cleanup: async () => {} };
  }
  // TEST_DATABASE=pglite forces the embedded path (to check PGlite compatibility on a machine with PostgreSQL)
  if (process.env.TEST_DATABASE !== "pglite" && (await portInUse(LOCAL_PG.port, LOCAL_PG.host))) {
    const name = `mp_test_${process.pid}_${Date.now()}`;
    const admin = `postgresql://postgres@${LOCAL_PG.host}:${LOCAL_PG.port}/postgres`;
    await withPgClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
    log(`created database ${name} on ${LOCAL_PG.host}:${LOCAL_PG.port}`);
    return {
      url: `postgresql://postgres@${LOCAL_PG.host}:${LOCAL_PG.port}/${name}`,
      cleanup: async () => {
        await withPgClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      },
    };
  }
  log("no PostgreSQL on 127.0.0.1:5432 → embedded PGlite in a temp directory");
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(tempRoot, "pglite"), port: 0 });
  return { url: embedded.url, cleanup: embedded.stop };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tempRoot = mkdtempSync(path.join(tmpdir(), "maklerportal-test-"));
  const cleanups: (() => Promise<void>)[] = [() => Promise.resolve(rmSync(tempRoot, { recursive: true, force: true }))];
  const teardown = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
  };

  try {
    const database = await chooseDatabase(tempRoot);
    cleanups.push(database.cleanup);
    const applied = await applyMigrations(database.url);
    log(`migrations applied: ${applied.length}`);

    const s3 = await startEmbeddedS3({ dataDir: path.join(tempRoot, "s3"), port: 0, bucket: TEST_BUCKET });
    cleanups.push(s3.stop);

    project.provide("testEnv", {
      NODE_ENV: "test",
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: "5",
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: TEST_BUCKET,
      S3_REGION: "eu-central-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
      NEXTAUTH_SECRET: "test-secret-for-vitest-only-0123456789abcdef",
      DEV_TRANSPORTS: "true",
      ROOT_DOMAIN: "localhost",
      PUBLIC_PROTOCOL: "http",
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
