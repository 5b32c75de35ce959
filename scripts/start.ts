// `npm start`: the production build (`npm run build` first). With DATABASE_URL and S3_* set it
// uses those services; otherwise the embedded ones (local trial, e2e). Pending migrations are
// applied before Next serves traffic (forward-only, security.md 28).
import { existsSync } from "node:fs";
import path from "node:path";
import { runNext } from "./embedded/run-next";

const buildId = path.resolve(import.meta.dirname, "..", ".next", "BUILD_ID");
if (!existsSync(buildId)) {
  console.error('No production build found (.next/BUILD_ID is missing). Run "npm run build" first, then "npm start".');
  process.exit(1);
}

await runNext({ mode: "prod" });
