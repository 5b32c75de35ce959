import { spawn } from "node:child_process";
import path from "node:path";
import { banner } from "./banner";
import { prepareEnvironment } from "./prepare-environment";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Shared supervisor of `npm run dev` and `npm start`: prepares the environment, runs
 * `next dev|start` with inherited stdio, forwards SIGINT/SIGTERM and stops the embedded
 * services when Next exits. Exits with Next's exit code.
 */
export async function runNext(options: { mode: "dev" | "prod" }): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  let env: Awaited<ReturnType<typeof prepareEnvironment>>;
  try {
    env = await prepareEnvironment({ mode: options.mode });
  } catch (error) {
    console.error(`\n[env] could not prepare the environment: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
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
  const child = spawn(nextBin, [options.mode === "dev" ? "dev" : "start", "--port", String(port)], {
    cwd: ROOT,
    env: childEnv,
    stdio: "inherit",
  });

  // same rule as devTransportsActive() in lib/env.ts
  const mailbox = process.env.DEV_TRANSPORTS ? process.env.DEV_TRANSPORTS === "true" : !process.env.RESEND_API_KEY;
  console.log(banner(port, { demo: env.demo, mailbox }));

  let shuttingDown = false;
  const forward = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\n[env] ${signal} received, stopping Next…`);
    if (child.exitCode === null) child.kill(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));

  const code = await new Promise<number>((resolve) => {
    child.once("error", (error) => {
      console.error(`[env] could not start Next: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1)));
  });
  if (env.embedded.postgres || env.embedded.s3) console.log("[env] stopping embedded services (data is kept in .data/)…");
  await env.stop();
  process.exit(code);
}
