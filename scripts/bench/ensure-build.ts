import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");

const BUILD_LOCK = path.join(ROOT, ".next", "lock");

function buildRunning(): boolean {
  // A running build renames itself "next-build (vX)"; its launcher still reads "next build".
  // Next also holds .next/lock while building. pgrep exits 0 on a match and never matches itself.
  return existsSync(BUILD_LOCK) || spawnSync("pgrep", ["-f", "next[ -]build"], { stdio: "ignore" }).status === 0;
}

/**
 * Makes sure a production build exists. Another build in the same tree (e2e suite, a helper)
 * rewrites .next while it runs, so we wait for it first, also when a BUILD_ID is present, and
 * only build ourselves when none is there afterwards.
 */
export async function ensureBuild(log: (msg: string) => void, maxWaitMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  if (buildRunning()) log("another `next build` is running; waiting for it…");
  while (buildRunning()) {
    if (Date.now() > deadline) throw new Error(`another "next build" still running after ${maxWaitMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  if (existsSync(BUILD_ID)) return;

  log(".next/BUILD_ID missing → running `next build` (takes a few minutes)…");
  const res = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (res.status !== 0 || !existsSync(BUILD_ID)) throw new Error("next build failed");
}
