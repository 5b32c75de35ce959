import { fileURLToPath } from "node:url";
import path from "node:path";

// Resolved from this file, not process.cwd(): the migrator is imported by test setups and the
// dev supervisor, which may run from another directory.
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");
export const SQL_DIR = path.join(PROJECT_ROOT, "scripts", "db", "sql");
