import { withPgClient } from "@/scripts/db/with-pg-client";

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

/** Creates an empty database `<prefix>_<timestamp>` on a real PostgreSQL; drop() removes it. */
export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now()}`;
  await withPgClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withPgClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
