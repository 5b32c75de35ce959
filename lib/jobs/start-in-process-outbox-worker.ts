import { deliverOutboxBatch } from "./deliver-outbox";
import { recheckDueDomains } from "./recheck-domains";

const INTERVAL_MS = 2_000;
const DOMAIN_INTERVAL_MS = 60_000;

type Loop = { timer: ReturnType<typeof setInterval>; running: boolean };
type WorkerState = { outbox: Loop; domains: Loop };
const globalForWorker = globalThis as unknown as { __outboxWorker?: WorkerState };

/** Runs `job` every `intervalMs`, never two at once (a slow provider must not stack up batches). */
function startLoop(intervalMs: number, job: () => Promise<unknown>, label: string): Loop {
  const loop: Loop = {
    running: false,
    timer: setInterval(() => {
      if (loop.running) return;
      loop.running = true;
      job()
        .catch((error: unknown) => {
          console.error(`[${label}] batch failed: ${error instanceof Error ? error.message : "unknown error"}`);
        })
        .finally(() => {
          loop.running = false;
        });
    }, intervalMs),
  };
  loop.timer.unref();
  return loop;
}

/**
 * Delivers the outbox and re-checks custom domains from inside the Next server (development and the
 * embedded default), so `npm run dev` needs no second process. Idempotent: Next re-evaluates modules
 * on reload, so the state lives on globalThis. The timers are unref'd and never keep the process
 * alive. Safe next to `npm run worker` instances because both jobs claim rows with SKIP LOCKED.
 */
export function startInProcessOutboxWorker(options: { intervalMs?: number } = {}): void {
  if (globalForWorker.__outboxWorker) return;
  globalForWorker.__outboxWorker = {
    outbox: startLoop(options.intervalMs ?? INTERVAL_MS, () => deliverOutboxBatch({ limit: 50 }), "outbox"),
    // Failures of single domains are logged inside by row id; only database errors reach the loop.
    domains: startLoop(DOMAIN_INTERVAL_MS, () => recheckDueDomains(), "domains"),
  };
}

/** Stops the in-process worker (tests, graceful shutdown). */
export function stopInProcessOutboxWorker(): void {
  const state = globalForWorker.__outboxWorker;
  if (!state) return;
  clearInterval(state.outbox.timer);
  clearInterval(state.domains.timer);
  globalForWorker.__outboxWorker = undefined;
}
