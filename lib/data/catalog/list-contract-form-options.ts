import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type CatalogOption = { id: string; label: string };

/** Lines (GDV code + name, English name where known) and insurers: shared catalog plus the tenant's own. */
export async function listContractFormOptions(
  ctx: RequestContext | null,
  language: "de" | "en",
): Promise<{ lines: CatalogOption[]; insurers: CatalogOption[] }> {
  requireStaff(ctx);
  const scope = { OR: [{ tenantId: null }, { tenantId: ctx.tenant.id }] };
  const [lines, insurers] = await Promise.all([
    db.lineOfBusiness.findMany({
      where: scope,
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, nameEn: true },
    }),
    db.insurer.findMany({ where: scope, orderBy: { name: "asc" }, select: { id: true, name: true }, take: 1000 }),
  ]);
  return {
    lines: lines.map((l) => ({ id: l.id, label: `${l.code} · ${language === "en" && l.nameEn ? l.nameEn : l.name}` })),
    insurers: insurers.map((i) => ({ id: i.id, label: i.name })),
  };
}
