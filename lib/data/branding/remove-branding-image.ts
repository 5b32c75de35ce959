import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { brandingImageKind } from "../../validation/branding";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import { KEY_COLUMN, REMOVED_ACTION, deleteImageObject, lockImageKey, type BrandingImageResult } from "./branding-image-store";

/** "Entfernen": the logo or favicon leaves the row and S3; pages show the name (and no icon) again. */
export async function removeBrandingImage(ctx: RequestContext | null, kind: unknown): Promise<BrandingImageResult> {
  requireSettingsAdmin(ctx);
  const asset = brandingImageKind.safeParse(kind);
  if (!asset.success) return { ok: false, error: "common.errors.checkInput" };
  const image = asset.data;
  const tenantId = ctx.tenant.id;
  const previous = await db.$transaction(async (tx) => {
    const old = await lockImageKey(tx, tenantId, image);
    if (!old) return null;
    await tx.tenant.update({ where: { id: tenantId }, data: { [KEY_COLUMN[image]]: null } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: REMOVED_ACTION[image],
        entityType: "Tenant",
        entityId: tenantId,
        data: { fields: [KEY_COLUMN[image]] },
      },
      tx,
    );
    return old;
  });
  if (previous) clearTenantCache();
  await deleteImageObject(previous, tenantId);
  return { ok: true };
}
