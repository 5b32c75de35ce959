import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { mapCharToTextOnPool } from "./pg-char-as-text";

export type MigrationAdapterFactory = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool and drops shadow databases the engine did not dispose of. */
  close(): Promise<void>;
};

/** Same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs one statement on a short-lived single connection (CREATE/DROP DATABASE can't run in a pool transaction). */
export async function runAdminStatement(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * PrismaPg's adapter with one change: `executeScript` sends the whole migration as one
 * simple-protocol query, like Prisma's native engine. PrismaPg splits scripts on ";", which
 * breaks dollar-quoted function bodies (our audit-log trigger) and string literals with ";",
 * and would leave a failed migration half-applied. A multi-statement simple query runs in
 * one implicit transaction. (pg uses the simple protocol for a query without parameters.)
 */
async function connectAdapter(pool: pg.Pool, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool).connect();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    async executeScript(script) {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
    startTransaction: (isolationLevel?: IsolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo(),
    async dispose() {
      await adapter.dispose();
      await onDispose();
    },
  };
}

/**
 * Adapter factory for the WebAssembly schema engine.
 *
 * `PrismaPg#connectToShadowDb` is not usable here: with a connection string it ignores the
 * database override (the shadow "database" would be the main one) and it drops the database
 * while its own pool is still connected. Ours creates `prisma_shadow_<uuid>` through the admin
 * connection, connects to it with its own pool, and on dispose ends that pool first and then
 * drops the database WITH (FORCE).
 */
export function createMigrationAdapterFactory(options: {
  databaseUrl: string;
  /** Connection allowed to CREATE DATABASE; required only for operations that need a shadow DB. */
  shadowAdminUrl?: string;
}): MigrationAdapterFactory {
  const pools = new Set<pg.Pool>();
  const shadowDatabases = new Set<string>();

  function newPool(connectionString: string): pg.Pool {
    // Few connections: the engine works sequentially, and PGlite multiplexes a single backend.
    const pool = mapCharToTextOnPool(new pg.Pool({ connectionString, max: 2 }));
    // An idle client losing its connection must not crash the CLI; the next query reports it.
    pool.on("error", () => undefined);
    pools.add(pool);
    return pool;
  }

  async function endPool(pool: pg.Pool): Promise<void> {
    if (!pools.delete(pool)) return;
    await pool.end();
  }

  async function dropShadow(adminUrl: string, name: string): Promise<void> {
    if (!shadowDatabases.delete(name)) return;
    await runAdminStatement(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",

    async connect(): Promise<SqlDriverAdapter> {
      const pool = newPool(options.databaseUrl);
      return connectAdapter(pool, () => endPool(pool));
    },

    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const adminUrl = options.shadowAdminUrl;
      if (!adminUrl) throw new Error("This operation needs a shadow database, but no admin connection was configured.");
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await runAdminStatement(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
      shadowDatabases.add(name);
      const pool = newPool(withDatabase(adminUrl, name));
      return connectAdapter(pool, async () => {
        await endPool(pool);
        await dropShadow(adminUrl, name);
      });
    },
  };

  return {
    factory,
    async close() {
      await Promise.allSettled([...pools].map((pool) => endPool(pool)));
      const adminUrl = options.shadowAdminUrl;
      if (adminUrl) await Promise.allSettled([...shadowDatabases].map((name) => dropShadow(adminUrl, name)));
    },
  };
}
