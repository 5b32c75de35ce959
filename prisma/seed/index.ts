// Seeds the platform catalog and the demo brokers. Library: `seedDemo()` (used by `npm run dev`
// and tests); CLI: `npm run db:seed`.
import { pathToFileURL } from "node:url";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { seedCatalog } from "./catalog";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";
import { buildDemoPlan, DEMO_SLUG } from "./demo-tenant";
import { buildNordPlan, NORD_SLUG } from "./nord-tenant";
import { seedPlatformOperator } from "./platform-operator";
import { writeTenantPlan } from "./write-plan";

const TENANTS = [
  { slug: DEMO_SLUG, build: buildDemoPlan },
  { slug: NORD_SLUG, build: buildNordPlan },
] as const;

/**
 * Idempotent: the catalog is always upserted; each demo tenant is created only when its slug
 * does not exist yet, so a broker's edits to the demo survive restarts. `seeded` is true when
 * any tenant was created by this call.
 */
export async function seedDemo(options: { log?: (message: string) => void } = {}): Promise<{ seeded: boolean }> {
  const log = options.log ?? (() => {});
  const catalog = await seedCatalog(db);
  log("Katalog (Sparten, Versicherer) aktualisiert");
  await seedPlatformOperator(log);

  let seeded = false;
  for (const { slug, build } of TENANTS) {
    if (await db.tenant.findUnique({ where: { slug }, select: { id: true } })) {
      log(`Mandant "${slug}" existiert bereits – übersprungen`);
      continue;
    }
    await ensureBucket();
    const plan = await build(catalog);
    try {
      await writeTenantPlan(db, plan);
    } catch (error) {
      // Another process seeded the same tenant in the meantime: that is the outcome we wanted.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        log(`Mandant "${slug}" wurde parallel angelegt – übersprungen`);
        continue;
      }
      throw error;
    }
    seeded = true;
    log(
      `Mandant "${slug}" angelegt: ${plan.customers.length} Kunden, ${plan.contracts.length} Verträge, ${plan.documents.length} Dokumente`,
    );
  }
  return { seeded };
}

export { DEMO_LOGINS, DEMO_PASSWORD };

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    const { seeded } = await seedDemo({ log: (m) => console.log(`[seed] ${m}`) });
    console.log(seeded ? "[seed] Demo-Daten angelegt." : "[seed] Nichts zu tun.");
    console.log("[seed] Demo-Zugänge (Passwort für alle: %s):", DEMO_PASSWORD);
    for (const login of DEMO_LOGINS) console.log(`  ${login.tenant.padEnd(5)} ${login.email.padEnd(26)} ${login.role}`);
  } catch (error) {
    console.error("[seed] fehlgeschlagen:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}
