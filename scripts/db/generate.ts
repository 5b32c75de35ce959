// `npm run db:generate`: `prisma generate` works offline (it uses bundled WebAssembly), but the
// CLI first looks for its native schema engine and would try to download it. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that lookup.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths";

function placeholderEngine(): string {
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (configured && existsSync(configured)) return configured;
  const dir = path.join(PROJECT_ROOT, "node_modules", ".cache", "maklerportal");
  const file = path.join(dir, "schema-engine-placeholder");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, "");
  }
  return file;
}

const prismaBin = path.join(PROJECT_ROOT, "node_modules", ".bin", "prisma");
const result = spawnSync(prismaBin, ["generate", ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholderEngine(),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
