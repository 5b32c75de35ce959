// Runs in every integration worker before the test file is imported, so lib/env's serverEnv()
// (cached on first use) and the db singleton see the test services from global-setup.ts.
import { inject } from "vitest";
import "./provided-env";

Object.assign(process.env, inject("testEnv"));
