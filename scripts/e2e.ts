// `npm run test:e2e`: builds the production bundle, starts it on fresh embedded services
// (PGlite + s3rver under .data/e2e, seeded with the demo tenants) and runs Playwright in
// Debian's Chromium against http://<tenant>.localhost:$E2E_PORT. Extra args go to Playwright.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = process.env.E2E_PORT ?? "3100";
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): number {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  return res.status ?? 1;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  console.log("[e2e] building the production bundle…");
  if (run(bin("next"), ["build"], { ...baseEnv, NODE_ENV: "production" }) !== 0) process.exit(1);
}

const dataDir = path.join(ROOT, ".data", "e2e");
rmSync(dataDir, { recursive: true, force: true });
// TOTP secrets enrolled by the previous run belong to its database (see tests/e2e/totp.ts).
rmSync(path.join(ROOT, "tests", "e2e", ".artifacts", "totp-state.json"), { force: true });

// No DATABASE_URL / S3_ENDPOINT: the start script brings up fresh embedded services.
// Own embedded ports, so the suite runs beside a dev server on the defaults.
const serverEnv: NodeJS.ProcessEnv = {
  ...baseEnv,
  PORT,
  EMBEDDED_DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54339",
  EMBEDDED_S3_PORT: process.env.E2E_S3_PORT ?? "4579",
  DEV_TRANSPORTS: "true",
  NODE_ENV: "production",
};
for (const key of ["DATABASE_URL", "S3_ENDPOINT", "RESEND_API_KEY", "NEXTAUTH_URL"]) delete serverEnv[key];
console.log(`[e2e] starting the production server on port ${PORT} (embedded services in ${path.relative(ROOT, dataDir)}/)…`);
const server = spawn(bin("tsx"), ["scripts/start.ts"], { cwd: ROOT, env: serverEnv, stdio: "inherit", detached: true });

let code = 1;
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`, server, 180_000);
  console.log("[e2e] server is up; running Playwright");
  // E2E_DATABASE_URL lets specs age rows (e.g. an invitation beyond 48 h) in the embedded database.
  const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${serverEnv.EMBEDDED_PG_PORT}/postgres`;
  code = run(bin("playwright"), ["test", ...process.argv.slice(2)], { ...baseEnv, E2E_PORT: PORT, E2E_DATABASE_URL });
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (server.pid && server.exitCode === null) {
    process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 3000));
    if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
  }
}
process.exit(code);
