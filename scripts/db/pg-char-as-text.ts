import type pg from "pg";

// PostgreSQL's internal one-byte `"char"` type (OID 18) shows up in the catalog queries the schema
// engine runs while introspecting (e.g. pg_class.relkind). @prisma/adapter-pg refuses to
// deserialize it ("Column type 'char' could not be deserialized"), so the migration tool's
// connections report it as text (OID 25). The value itself is already a one-character string.
const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryFn = (...args: unknown[]) => unknown;
type Callback = (err: unknown, result: unknown) => void;

function retype(result: unknown): unknown {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    const fields = (r as { fields?: unknown } | null | undefined)?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as Array<{ dataTypeID?: number }>) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** Wraps `client.query` so that result fields of type `"char"` are reported as text. */
function patchClient(client: pg.PoolClient): void {
  const original = client.query.bind(client) as QueryFn;
  const patched: QueryFn = (...args) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      // pg-pool's own `pool.query` calls the client with a callback.
      const callback = last as Callback;
      return original(...args.slice(0, -1), (err: unknown, result: unknown) => callback(err, retype(result)));
    }
    const ret = original(...args);
    return ret instanceof Promise ? ret.then(retype) : ret;
  };
  Object.assign(client, { query: patched });
}

/** Applies the `"char"` → text mapping to every connection the pool opens from now on. */
export function mapCharToTextOnPool(pool: pg.Pool): pg.Pool {
  pool.on("connect", patchClient);
  return pool;
}
