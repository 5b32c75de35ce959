// `npm run db:migrate`: applies pending migrations to DATABASE_URL (the embedded PGlite default
// unless configured). Same result as `prisma migrate deploy`, without Prisma's native engine.
import { serverEnv } from "@/lib/env";
import { applyMigrations } from "./migrator";

try {
  const started = performance.now();
  const applied = await applyMigrations(serverEnv().DATABASE_URL, (msg) => console.log(msg));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(applied.length ? `${applied.length} migration(s) applied in ${seconds}s` : "database is up to date");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
