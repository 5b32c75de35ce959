import { deliverOutboxBatch } from "./deliver-outbox";

const INTERVAL_MS = 2_000;

type WorkerState = { timer: ReturnType<typeof setInterval>; running: boolean };
const globalForWorker = globalThis as unknown as { __outboxWorker?: WorkerState };

/**
 * Delivers the outbox from inside the Next server (development and the embedded default), so
 * `npm run dev` needs no second process. Idempotent: Next re-evaluates modules on reload, so the
 * state lives on globalThis. The timer is unref'd and never keeps the process alive. Safe next to
 * `npm run worker` instances because claims use SKIP LOCKED.
 */
export function startInProcessOutboxWorker(options: { intervalMs?: number } = {}): void {
  if (globalForWorker.__outboxWorker) return;
  const state: WorkerState = {
    running: false,
    timer: setInterval(() => {
      if (state.running) return; // a slow provider must not stack up overlapping batches
      state.running = true;
      deliverOutboxBatch({ limit: 50 })
        .catch((error: unknown) => {
          console.error(`[outbox] batch failed: ${error instanceof Error ? error.message : "unknown error"}`);
        })
        .finally(() => {
          state.running = false;
        });
    }, options.intervalMs ?? INTERVAL_MS),
  };
  state.timer.unref();
  globalForWorker.__outboxWorker = state;
}

/** Stops the in-process worker (tests, graceful shutdown). */
export function stopInProcessOutboxWorker(): void {
  const state = globalForWorker.__outboxWorker;
  if (!state) return;
  clearInterval(state.timer);
  globalForWorker.__outboxWorker = undefined;
}
