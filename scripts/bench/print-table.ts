export type BenchRow = {
  database: string;
  requests: number;
  reqPerSec: number;
  errors: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  /** autocannon's p97.5 for cross-checking our own percentiles */
  acP97_5: number;
  queriesPerRender: number | null;
};

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "n/a");

/** A plain-text table, one row per database. */
export function formatTable(rows: BenchRow[]): string {
  const header = ["database", "requests", "req/s", "errors", "non-2xx", "p50", "p95", "p99", "p97.5 (autocannon)", "tx/render"];
  const body = rows.map((r) => [
    r.database,
    String(r.requests),
    r.reqPerSec.toFixed(1),
    String(r.errors),
    String(r.non2xx),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    ms(r.acP97_5),
    r.queriesPerRender === null ? "n/a" : r.queriesPerRender.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
