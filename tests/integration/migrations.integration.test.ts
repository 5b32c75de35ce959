// Migration tooling against real databases: a fresh PostgreSQL database and the embedded PGlite
// server that `npm run dev` starts. No Prisma binary engine involved.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/migrator";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/scripts/embedded/start-pglite";
import { withPgClient } from "@/scripts/db/with-pg-client";

// Every folder in prisma/migrations, oldest first: a fresh database must receive all of them in order.
const MIGRATIONS = readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

describe("migrations on PostgreSQL", () => {
  const name = `mp_test_mig_${randomBytes(6).toString("hex")}`;
  const url = databaseUrl(name);
  let firstRun: string[] = [];

  beforeAll(async () => {
    await withPgClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
    firstRun = await applyMigrations(url);
  });

  afterAll(async () => {
    await withPgClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it("applies every migration to an empty database and records each in _prisma_migrations", async () => {
    expect(firstRun).toEqual(MIGRATIONS);
    expect(MIGRATIONS[0]).toMatch(/^\d{14}_init$/);
    const rows = await withPgClient(url, async (c) => {
      const result = await c.query<MigrationRow>(
        `SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
      );
      return result.rows;
    });
    expect(rows.map((r) => r.migration_name)).toEqual(MIGRATIONS);
    expect(rows.every((r) => r.rolled_back_at === null && r.finished_at instanceof Date)).toBe(true);
  });

  it("creates the tables of the Prisma schema", async () => {
    const tables = await withPgClient(url, async (c) => {
      const result = await c.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      return result.rows.map((r) => r.table_name);
    });
    expect(tables).toEqual(
      expect.arrayContaining(["Tenant", "User", "Customer", "Contract", "Document", "AuditLog", "OutboxMessage"]),
    );
  });

  it("applies nothing when the database is already up to date", async () => {
    expect(await applyMigrations(url)).toEqual([]);
    const count = await withPgClient(url, async (c) => {
      const result = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM _prisma_migrations`);
      return result.rows[0]?.n;
    });
    expect(count).toBe(firstRun.length);
  });

  it("refuses to update an audit log entry", async () => {
    await withPgClient(url, async (c) => {
      await c.query(`INSERT INTO "AuditLog" ("actorKind", "action") VALUES ('system', 'test.insert')`);
      await expect(c.query(`UPDATE "AuditLog" SET "action" = 'test.tampered'`)).rejects.toThrow(/append-only/);
      const { rows } = await c.query<{ action: string }>(`SELECT "action" FROM "AuditLog"`);
      expect(rows.map((r) => r.action)).toEqual(["test.insert"]);
    });
  });

  it("refuses to delete audit log entries unless the transaction explicitly allows it", async () => {
    await withPgClient(url, async (c) => {
      await c.query(`INSERT INTO "AuditLog" ("actorKind", "action") VALUES ('system', 'test.delete')`);
      await expect(c.query(`DELETE FROM "AuditLog" WHERE "action" = 'test.delete'`)).rejects.toThrow(/append-only/);

      await c.query("BEGIN");
      await c.query(`SET LOCAL app.allow_audit_delete = 'on'`);
      const deleted = await c.query(`DELETE FROM "AuditLog" WHERE "action" = 'test.delete'`);
      await c.query("COMMIT");
      expect(deleted.rowCount).toBe(1);
    });
  });
});

describe("migrations on embedded PGlite", () => {
  let dir = "";
  let embedded: EmbeddedPostgres | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mp-test-mig-pglite-"));
    // Creating a PGlite data directory runs initdb in WebAssembly: seconds, more on a busy machine.
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: 0 });
  }, 120_000);

  afterAll(async () => {
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("applies the migrations once and then reports nothing to apply", async () => {
    const url = embedded?.url ?? "";
    const applied = await applyMigrations(url);
    expect(applied).toEqual(MIGRATIONS);
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await withPgClient(url, async (c) => {
      const result = await c.query<MigrationRow>(
        `SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
      );
      return result.rows;
    });
    expect(rows.map((r) => [r.migration_name, r.rolled_back_at])).toEqual(MIGRATIONS.map((m) => [m, null]));
  });
});
