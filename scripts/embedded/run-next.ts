import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { banner } from "./banner";
import { DATA_DIR, prepareEnvironment, shown } from "./prepare-environment";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Shared supervisor of `npm run dev` and `npm start`: prepares the environment, runs
 * `next dev|start` with inherited stdio, forwards SIGINT/SIGTERM and stops the embedded
 * services when Next exits. Exits with Next's exit code.
 */
export async function runNext(options: { mode: "dev" | "prod" }): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const state: { child?: ChildProcess; shuttingDown: boolean } = { shuttingDown: false };
  // Installed before the services start: Ctrl+C during migrations must still close PGlite cleanly.
  const forward = (signal: NodeJS.Signals) => {
    // a second Ctrl+C means "now", even at the risk of an unclean PGlite shutdown
    if (state.shuttingDown) process.exit(130);
    state.shuttingDown = true;
    console.log(`\n[env] ${signal} received, stopping${state.child ? "" : " after the current setup step"}…`);
    if (state.child && state.child.exitCode === null) state.child.kill(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));

  let env: Awaited<ReturnType<typeof prepareEnvironment>>;
  try {
    env = await prepareEnvironment({ mode: options.mode });
  } catch (error) {
    console.error(`\n[env] could not prepare the environment: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (state.shuttingDown) {
    await env.stop();
    process.exit(130);
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    // Tenants live on many hosts: next-auth must build URLs from the request's host, which is
    // safe because the middleware answers unknown hosts with 404 (stack-notes: next-auth v4).
    AUTH_TRUST_HOST: "true",
  };
  delete childEnv.NEXTAUTH_URL;

  const nextBin = path.join(ROOT, "node_modules", ".bin", "next");
  const running = spawn(nextBin, [options.mode === "dev" ? "dev" : "start", "--port", String(port)], {
    cwd: ROOT,
    env: childEnv,
    stdio: "inherit",
  });
  state.child = running;

  // same rule as devTransportsActive() in lib/env.ts
  const mailbox = process.env.DEV_TRANSPORTS ? process.env.DEV_TRANSPORTS === "true" : !process.env.RESEND_API_KEY;
  console.log(banner(port, { demo: env.demo, mailbox }));

  const code = await new Promise<number>((resolve) => {
    running.once("error", (error) => {
      console.error(`[env] could not start Next: ${error.message}`);
      resolve(1);
    });
    running.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1)));
  });
  if (env.embedded.postgres || env.embedded.s3)
    console.log(`[env] stopping embedded services (data is kept in ${shown(DATA_DIR)}/)…`);
  await env.stop();
  process.exit(code);
}
