// Outbox worker for production: `npm run worker`. Run as many as you like; claims use
// FOR UPDATE SKIP LOCKED so instances never send the same message twice. It also re-checks the
// DNS of custom domains that wait for verification, once a minute.
import { db } from "@/lib/db/client";
import { deliverOutboxBatch } from "@/lib/jobs/deliver-outbox";
import { recheckDueDomains } from "@/lib/jobs/recheck-domains";

const INTERVAL_MS = 2_000;
const DOMAIN_INTERVAL_MS = 60_000;
const BATCH = 50;

let stopping = false;
let wake: (() => void) | undefined;

function stop(signal: string) {
  if (stopping) return;
  console.log(`[worker] ${signal} received, finishing the current batch…`);
  stopping = true;
  wake?.();
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

/** The custom-domain re-check; failures of single domains are logged inside by row id. */
async function recheckDomains(): Promise<void> {
  try {
    const { checked, verified } = await recheckDueDomains();
    if (checked) console.log(`[worker] domains checked ${checked}, verified ${verified}`);
  } catch (error) {
    console.error(`[worker] domain re-check failed: ${error instanceof Error ? error.message : "unknown error"}`);
  }
}

console.log("[worker] outbox worker started");
let lastDomainCheck = 0;
// Runs beside the outbox loop: slow DNS servers must not hold up e-mails.
let domainCheck: Promise<void> | null = null;
while (!stopping) {
  if (!domainCheck && Date.now() - lastDomainCheck >= DOMAIN_INTERVAL_MS) {
    lastDomainCheck = Date.now();
    domainCheck = recheckDomains().finally(() => {
      domainCheck = null;
    });
  }
  let claimedFullBatch = false;
  try {
    const { sent, failed } = await deliverOutboxBatch({ limit: BATCH });
    if (sent || failed) console.log(`[worker] sent ${sent}, failed ${failed}`);
    claimedFullBatch = sent + failed >= BATCH;
  } catch (error) {
    // e.g. database restart: keep the loop alive and try again on the next tick.
    console.error(`[worker] batch failed: ${error instanceof Error ? error.message : "unknown error"}`);
  }
  // A full batch means more may be waiting: go again at once.
  if (!claimedFullBatch && !stopping) await sleep(INTERVAL_MS);
}
await domainCheck;
await db.$disconnect();
console.log("[worker] stopped");
