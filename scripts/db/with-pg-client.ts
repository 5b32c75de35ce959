import pg from "pg";

/** Runs fn on a short-lived connection (admin statements like CREATE/DROP DATABASE, test checks). */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
