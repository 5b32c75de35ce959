// `npm run dev`: embedded PostgreSQL + S3 unless configured, migrations, demo seed, `next dev`.
// Data lives in .data/ and survives restarts; delete that folder for a fresh start.
import { runNext } from "./embedded/run-next";

await runNext({ mode: "dev" });
