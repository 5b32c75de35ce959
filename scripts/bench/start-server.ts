import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { portInUse } from "@/scripts/embedded/port-in-use";
import { httpRequest } from "./http-request";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type RunningServer = { logFile: string; stop(): Promise<void> };

export type ServerOptions = {
  port: number;
  /** Host header the readiness check sends (a tenant host, so the tenant lookup is warm too) */
  host: string;
  /** extra environment; keys set to undefined are removed from the inherited environment */
  env: Record<string, string | undefined>;
  logFile: string;
  /** ports that must be free before we start (HTTP + embedded services) */
  ports: number[];
  readyTimeoutMs?: number;
};

/**
 * Starts the production server (`tsx scripts/start.ts`) in its own process group with output
 * going to a log file, and waits until it answers HTTP. stop() ends the whole group.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  for (const port of options.ports) {
    if (await portInUse(port)) throw new Error(`port ${port} is already in use — is a previous benchmark still running?`);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
  };
  for (const [key, value] of Object.entries(options.env)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const out = openSync(options.logFile, "a");
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", out, out],
    detached: true,
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    // The supervisor forwards SIGTERM to Next and then closes PGlite/s3rver; give it time.
    signalGroup(child.pid, "SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
    if (!stopped) {
      signalGroup(child.pid, "SIGKILL");
      await Promise.race([exited, sleep(5_000)]);
    }
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
      const ok = await httpRequest({ port: options.port, host: options.host, path: "/login", timeoutMs: 10_000 }).then(
        (res) => res.status < 500,
        () => false,
      );
      if (ok) return { logFile: options.logFile, stop };
      await sleep(500);
    }
    throw new Error(`server did not answer within ${(options.readyTimeoutMs ?? 180_000) / 1000}s`);
  } catch (error) {
    await stop();
    const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- last lines of ${options.logFile} ---\n${tail}`,
    );
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
