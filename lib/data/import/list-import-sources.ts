import "server-only";
import { db } from "../../db/client";
import type { ImportKind } from "../../import/import-fields";
import type { RequestContext } from "../context/types";
import { requireImporter } from "./import-access";

export type ImportSource = { source: string; kind: ImportKind; updatedAt: Date };

/** Sources with a remembered mapping, newest first, so the upload step can offer them. */
export async function listImportSources(ctx: RequestContext | null): Promise<ImportSource[]> {
  requireImporter(ctx);
  const profiles = await db.importProfile.findMany({
    where: { tenantId: ctx.tenant.id },
    orderBy: { updatedAt: "desc" },
    select: { source: true, kind: true, updatedAt: true },
    take: 50,
  });
  return profiles.map((p) => ({ ...p, kind: p.kind === "contracts" ? "contracts" : "customers" }));
}
