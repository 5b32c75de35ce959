import pg from "pg";

/**
 * Counts committed transactions of one database through pg_stat_database. Prisma's reads outside
 * $transaction run as one implicit transaction each, so the delta per page render approximates
 * the number of SQL statements it issued (an interactive transaction counts once).
 *
 * PostgreSQL ≥ 15 flushes a backend's statistics lazily (an idle backend may hold them up to
 * 10 s), so read() waits and then re-reads until the number holds. Every read uses a fresh
 * connection whose own transaction is flushed when it disconnects; we subtract those.
 */
export class TransactionCounter {
  private reads = 0;

  constructor(private readonly url: string) {}

  private async readOnce(): Promise<number> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      const res = await client.query<{ n: string }>(
        "SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()",
      );
      this.reads++;
      return Number(res.rows[0]?.n ?? Number.NaN);
    } finally {
      await client.end();
    }
  }

  /**
   * The count, minus the transactions of our own earlier reads. After load, pass waitMs ≥ 11 s:
   * PostgreSQL 15+ flushes an idle backend's statistics only after up to 10 s.
   */
  async read(waitMs = 0): Promise<number> {
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    let last = await this.readOnce();
    // a late flush would still move the number: read again until it holds (bounded)
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const next = await this.readOnce();
      // each earlier read adds one commit of its own once it disconnects
      const moved = next > last + 1;
      last = next;
      if (!moved) break;
    }
    return last - (this.reads - 1);
  }
}
