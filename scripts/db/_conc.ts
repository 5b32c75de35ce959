import { applyMigrations } from "./migrator";
const url = "postgresql://postgres@127.0.0.1:5432/mp_mig_conc";
const r = await Promise.allSettled([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
console.log(JSON.stringify(r.map((x) => x.status === "fulfilled" ? x.value : String(x.reason).slice(0, 300)), null, 1));
