import pg from "pg";

export const FALLBACK_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** PGlite reports an emscripten build in version(); it cannot CREATE DATABASE. */
async function isRealPostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return !/emscripten|wasm/i.test(rows[0]?.version ?? "");
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Where shadow databases are created: SHADOW_DATABASE_ADMIN_URL if set, else DATABASE_URL when it
 * is a real PostgreSQL server, else the local PostgreSQL's maintenance database.
 */
export async function resolveShadowAdminUrl(databaseUrl: string): Promise<string> {
  const explicit = process.env.SHADOW_DATABASE_ADMIN_URL;
  if (explicit) return explicit;
  if (await isRealPostgres(databaseUrl)) return databaseUrl;
  return FALLBACK_ADMIN_URL;
}
