// `npm run db:migration -- <name>`: writes the SQL that takes the database from the state of
// prisma/migrations to prisma/schema.prisma. Replaces `prisma migrate dev --create-only`, which
// needs Prisma's native engine download.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { serverEnv } from "@/lib/env";
import { LOCKFILE_CONTENT, readMigrationsList, sanitizeMigrationName, writeMigration } from "./migrations-dir";
import { MIGRATIONS_DIR, SCHEMA_PATH, SQL_DIR } from "./paths";
import { engineError, openSchemaEngine } from "./schema-engine";
import { resolveShadowAdminUrl } from "./shadow-admin-url";

// The initial migration also gets hand-written SQL the schema language cannot express.
const INIT_EXTRAS = ["audit-log-append-only.sql"];

async function main(): Promise<void> {
  const rawName = process.argv[2];
  const name = rawName ? sanitizeMigrationName(rawName) : "";
  if (!name) {
    console.error("usage: npm run db:migration -- <name>");
    process.exitCode = 1;
    return;
  }

  const adminUrl = await resolveShadowAdminUrl(serverEnv().DATABASE_URL);
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const migrationsList = await readMigrationsList(MIGRATIONS_DIR);
  // The first migration: the engine takes the connector from the lock file we are about to write.
  migrationsList.lockfile.content ??= LOCKFILE_CONTENT;
  const { engine, close } = await openSchemaEngine({
    // The diff only touches a throw-away shadow database; the main connection is never written.
    databaseUrl: adminUrl,
    shadowAdminUrl: adminUrl,
    datamodels: [[SCHEMA_PATH, schema]],
  });

  let script: string;
  try {
    const result = await engine
      .diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      })
      .catch((error: unknown) => {
        throw engineError(error);
      });
    // With exitCode set, 0 means "no difference" and 2 means "changes".
    script = result.exitCode === 0 ? "" : (result.stdout ?? "");
  } finally {
    await close();
  }

  if (!script.trim()) {
    console.log("no changes");
    return;
  }

  if (name === "init") {
    for (const file of INIT_EXTRAS) {
      script = `${script.trimEnd()}\n\n${(await readFile(path.join(SQL_DIR, file), "utf8")).trimEnd()}\n`;
    }
  }

  const folder = await writeMigration(MIGRATIONS_DIR, name, script);
  console.log(`created prisma/migrations/${folder}/migration.sql`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
