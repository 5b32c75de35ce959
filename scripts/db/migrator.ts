import { readFile } from "node:fs/promises";
import { readMigrationsList } from "./migrations-dir";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { engineError, openSchemaEngine } from "./schema-engine";

/**
 * Applies pending migrations from prisma/migrations (same `_prisma_migrations` bookkeeping as
 * `prisma migrate deploy`) and returns the names of the migrations applied now. Idempotent:
 * an up-to-date database yields []. Works on PostgreSQL and on PGlite's socket server.
 */
export async function applyMigrations(databaseUrl: string, log?: (msg: string) => void): Promise<string[]> {
  const migrationsList = await readMigrationsList(MIGRATIONS_DIR);
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const { engine, close } = await openSchemaEngine({ databaseUrl, datamodels: [[SCHEMA_PATH, schema]] });
  try {
    const { appliedMigrationNames } = await engine
      .applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } })
      .catch((error: unknown) => {
        throw engineError(error);
      });
    for (const name of appliedMigrationNames) log?.(`applied migration ${name}`);
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
