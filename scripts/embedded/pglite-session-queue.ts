import type { PGlite } from "@electric-sql/pglite";

// PGlite is a single PostgreSQL session. pglite-socket's own multiplexer only keeps explicit
// transactions together, so the extended-protocol messages of two connections (Parse/Bind/
// Execute/Sync) interleave and bind each other's unnamed statements (verified: "bind message
// supplies 2 parameters, but prepared statement "" requires 1" under a pool of 10).
// This queue gives one connection the session from its first message until its Sync or simple
// Query has run and no transaction is open; every other connection waits its turn.

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

type Waiter = { handlerId: number; resolve: () => void; reject: (e: Error) => void };

export class PGliteSessionQueue {
  private owner: number | null = null;
  private waiters: Waiter[] = [];

  constructor(private readonly db: PGlite) {}

  /** Called by PGLiteSocketHandler for each complete protocol message of a connection. */
  async enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    await this.acquire(handlerId);
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (data) => {
            bytes += data.length;
            onData(data);
          },
        }),
      );
    } catch (error) {
      this.release(handlerId);
      throw error;
    }
    // The startup packet has no type byte; its first byte is the high byte of its length (0).
    const type = message[0];
    const unitEnds = type === SYNC || type === QUERY || type === TERMINATE || type === 0;
    if (unitEnds && !this.db.isInTransaction()) this.release(handlerId);
    return bytes;
  }

  clearQueueForHandler(handlerId: number): void {
    const kept: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.handlerId === handlerId) waiter.reject(new Error("Handler disconnected"));
      else kept.push(waiter);
    }
    this.waiters = kept;
  }

  /** A connection that vanished mid-unit must not leave the session half-used or locked. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    try {
      await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC_MESSAGE));
      // exec() takes PGlite's query lock itself, so it must run outside runExclusive.
      if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    } finally {
      this.release(handlerId);
    }
  }

  private acquire(handlerId: number): Promise<void> {
    if (this.owner === null || this.owner === handlerId) {
      this.owner = handlerId;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.waiters.push({ handlerId, resolve, reject }));
  }

  private release(handlerId: number): void {
    if (this.owner !== handlerId) return;
    const next = this.waiters.shift();
    this.owner = next ? next.handlerId : null;
    next?.resolve();
  }
}
