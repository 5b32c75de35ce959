import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside Next's react-server condition; tests run the data layer directly.
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.integration.test.ts"],
          // one PostgreSQL + one s3rver for the run; see tests/setup/global-setup.ts
          globalSetup: ["tests/setup/global-setup.ts"],
          // process.env must be set before lib/env is first read in each worker
          setupFiles: ["tests/setup/env.ts"],
          // 2 cores: files run one after another; argon2 and PGlite are CPU-heavy
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
