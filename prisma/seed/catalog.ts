import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { INSURERS, LINES_OF_BUSINESS } from "./catalog-data";

export type Catalog = {
  /** id of the platform line with this GDV code */
  line(code: string): string;
  /** id of the platform insurer with this name */
  insurer(name: string): string;
};

/**
 * Upserts the platform catalog (tenantId null). Prisma's upsert cannot target the
 * (tenantId, code) unique because PostgreSQL treats NULLs as distinct, so: find, then create
 * what is missing and update what changed — under an advisory lock, so two seeding processes
 * (dev server + test run) cannot both insert the same line.
 */
export async function seedCatalog(client: PrismaClient): Promise<Catalog> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('maklerportal:seed-catalog'))`;
      const lines = await upsertLines(tx);
      const insurers = await upsertInsurers(tx);
      return {
        line(code) {
          const id = lines.get(code);
          if (!id) throw new Error(`Unknown line of business ${code}`);
          return id;
        },
        insurer(name) {
          const id = insurers.get(name);
          if (!id) throw new Error(`Unknown insurer ${name}`);
          return id;
        },
      };
    },
    { timeout: 30_000 },
  );
}

async function upsertLines(tx: Prisma.TransactionClient): Promise<Map<string, string>> {
  const existing = await tx.lineOfBusiness.findMany({ where: { tenantId: null } });
  const byCode = new Map(existing.map((l) => [l.code, l]));
  const missing = LINES_OF_BUSINESS.filter((l) => !byCode.has(l.code));
  if (missing.length) {
    await tx.lineOfBusiness.createMany({
      data: missing.map((l) => ({
        tenantId: null,
        code: l.code,
        name: l.name,
        nameEn: l.nameEn,
        group: l.group,
        parentCode: l.parentCode ?? null,
      })),
    });
  }
  for (const line of LINES_OF_BUSINESS) {
    const row = byCode.get(line.code);
    const parentCode = line.parentCode ?? null;
    if (
      row &&
      (row.name !== line.name || row.nameEn !== line.nameEn || row.group !== line.group || row.parentCode !== parentCode)
    ) {
      await tx.lineOfBusiness.update({
        where: { id: row.id },
        data: { name: line.name, nameEn: line.nameEn, group: line.group, parentCode },
      });
    }
  }
  const all = await tx.lineOfBusiness.findMany({ where: { tenantId: null }, select: { id: true, code: true } });
  return new Map(all.map((l) => [l.code, l.id]));
}

async function upsertInsurers(tx: Prisma.TransactionClient): Promise<Map<string, string>> {
  const existing = await tx.insurer.findMany({ where: { tenantId: null } });
  const byName = new Map(existing.map((i) => [i.name, i]));
  const missing = INSURERS.filter((i) => !byName.has(i.name));
  if (missing.length) {
    await tx.insurer.createMany({
      data: missing.map((i) => ({ tenantId: null, name: i.name, shortName: i.shortName, country: i.country })),
    });
  }
  for (const insurer of INSURERS) {
    const row = byName.get(insurer.name);
    if (row && (row.shortName !== insurer.shortName || row.country !== insurer.country)) {
      await tx.insurer.update({ where: { id: row.id }, data: { shortName: insurer.shortName, country: insurer.country } });
    }
  }
  const all = await tx.insurer.findMany({
    where: { tenantId: null },
    select: { id: true, name: true },
    orderBy: { createdAt: "asc" },
  });
  const map = new Map<string, string>();
  for (const i of all) if (!map.has(i.name)) map.set(i.name, i.id);
  return map;
}
