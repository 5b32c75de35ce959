import { mkdirSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";
import { PGliteSessionQueue } from "./pglite-session-queue";
import { portInUse } from "./port-in-use";

export type EmbeddedPostgres = { url: string; stop(): Promise<void> };

// Connections are cheap (they only queue for the one PGlite session); 30 covers the app's pool,
// the worker, migrations and a psql shell.
const MAX_CONNECTIONS = 30;

/**
 * Serves a PGlite database (persisted in dataDir) over the PostgreSQL wire protocol.
 * We run our own TCP server around pglite-socket's per-connection handler because the
 * package's server multiplexes at message level, which corrupts concurrent extended-protocol
 * queries (see pglite-session-queue.ts).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  // Check first: opening the same data directory from two processes would corrupt it.
  if (options.port !== 0 && (await portInUse(options.port, host))) {
    throw new Error(
      `Port ${host}:${options.port} is already in use — is another "npm run dev"/"npm start" still running? ` +
        `Stop it, set EMBEDDED_PG_PORT to another port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const queue = new PGliteSessionQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();

  const server = createServer((socket: Socket) => {
    if (handlers.size >= MAX_CONNECTIONS) {
      socket.end("Too many connections\n");
      return;
    }
    const handler = new PGLiteSocketHandler({
      // The handler only calls enqueue/clearQueueForHandler/clearTransactionIfNeeded, which our
      // queue implements; the declared type is a class with private fields, hence the cast.
      queryQueue: queue as unknown as PGLiteSocketHandlerOptions["queryQueue"],
      closeOnDetach: true,
    });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener("close", forget);
    handler.addEventListener("error", forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : options.port);
    });
  });

  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all([...handlers].map((h) => h.detach(true)));
      handlers.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // close() flushes PGlite's data directory; skipping it risks a dirty shutdown.
      await db.close();
    },
  };
}
