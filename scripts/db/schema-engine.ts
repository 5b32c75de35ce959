import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createMigrationAdapterFactory } from "./migration-adapter-factory";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let engineModule: Promise<EngineModule> | undefined;

/**
 * The package is a wasm-bindgen "bundler" build (it imports the .wasm file as an ES module,
 * which Node does not do). We instantiate the module ourselves against the generated JS glue.
 * The glue keeps the instance in module state, so this must happen once per process.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const imports = { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

// Rust panics inside the engine report their message through this global before trapping.
type PanicRegistry = { set_message(message: string): void };
const panicGlobal = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
let lastPanic: string | undefined;
panicGlobal.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message: string) {
    lastPanic = message;
  },
};

export type OpenEngineOptions = {
  databaseUrl: string;
  /** Connection allowed to CREATE DATABASE, for operations that need a shadow database. */
  shadowAdminUrl?: string;
  /** Prisma schema files as [path, content]. */
  datamodels: Array<[string, string]>;
  log?: (message: string) => void;
};

export type OpenEngine = {
  engine: SchemaEngine;
  close(): Promise<void>;
};

/** Turns what the engine rejects with (plain objects, not always Errors) into a readable Error. */
export function engineError(error: unknown): Error {
  if (error instanceof Error) {
    if (lastPanic) error.message = `${error.message}\n(engine panic: ${lastPanic})`;
    return error;
  }
  const message =
    typeof error === "object" && error !== null && "message" in error
      ? String((error as { message: unknown }).message)
      : JSON.stringify(error);
  return new Error(lastPanic ? `${message}\n(engine panic: ${lastPanic})` : message);
}

/** Starts the WebAssembly schema engine on @prisma/adapter-pg. Always call `close()`. */
export async function openSchemaEngine(options: OpenEngineOptions): Promise<OpenEngine> {
  const glue = await loadEngineModule();
  const adapters = createMigrationAdapterFactory({
    databaseUrl: options.databaseUrl,
    shadowAdminUrl: options.shadowAdminUrl,
  });
  const log = options.log;
  const onLog = (message: string) => log?.(message);
  let engine: SchemaEngine;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: options.datamodels },
      onLog,
      bindMigrationAwareSqlAdapterFactory(adapters.factory),
    );
  } catch (error) {
    await adapters.close();
    throw engineError(error);
  }
  return {
    engine,
    async close() {
      engine.free();
      await adapters.close();
    },
  };
}
