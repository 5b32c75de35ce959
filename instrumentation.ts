// Delivers the outbox inside the web process unless OUTBOX_IN_PROCESS=false (then run `npm run worker`).
// Safe with several instances: batches are claimed with FOR UPDATE SKIP LOCKED.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.OUTBOX_IN_PROCESS === "false") return;
  const { startInProcessOutboxWorker } = await import("./lib/jobs/start-in-process-outbox-worker");
  startInProcessOutboxWorker();
}
