/** Runs `load` on slices of `values`, so an IN list never nears PostgreSQL's 32,767 bind parameters. */
export async function loadInChunks<V, R>(values: readonly V[], load: (slice: V[]) => Promise<R[]>, size = 5_000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += size) out.push(...(await load(values.slice(i, i + size))));
  return out;
}
