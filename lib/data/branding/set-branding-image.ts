import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { tenantAssetKey } from "../../storage/object-key";
import { putObject } from "../../storage/put-object";
import { prepareBrandingImage } from "../../tenant/branding-image";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { brandingImageInput, brandingImageKind, brandingImageMaxBytes } from "../../validation/branding";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import {
  CHANGED_ACTION,
  KEY_COLUMN,
  deleteImageObject,
  lockImageKey,
  refusal,
  type BrandingImageResult,
} from "./branding-image-store";

/**
 * "Hochladen" in the logo or favicon panel. The bytes decide the type (PNG, JPEG, or a plain SVG that
 * is rasterised); whatever is accepted is stored as a freshly encoded PNG under a new server-generated
 * key, so the upload itself never reaches a browser. A refused file never reaches S3.
 */
export async function setBrandingImage(ctx: RequestContext | null, kind: unknown, input: unknown): Promise<BrandingImageResult> {
  requireSettingsAdmin(ctx);
  const asset = brandingImageKind.safeParse(kind);
  if (!asset.success) return { ok: false, error: "common.errors.checkInput" };
  const image = asset.data;
  const parsed = brandingImageInput.safeParse(input);
  if (!parsed.success) return refusal(image, "empty");
  const { file } = parsed.data;
  // the declared size answers early; the bytes are measured again below
  if (file.size > brandingImageMaxBytes(image)) return refusal(image, "tooLarge");
  const prepared = await prepareBrandingImage(image, Buffer.from(await file.arrayBuffer()));
  if (!prepared.ok) return refusal(image, prepared.reason);

  const tenantId = ctx.tenant.id;
  const key = tenantAssetKey(tenantId, image);
  try {
    await putObject(key, prepared.png, "image/png");
  } catch (error) {
    console.error(`[branding] upload failed: ${error instanceof Error ? error.message : "unknown error"}`);
    return refusal(image, "storageUnavailable");
  }

  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      const old = await lockImageKey(tx, tenantId, image);
      await tx.tenant.update({ where: { id: tenantId }, data: { [KEY_COLUMN[image]]: key } });
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: CHANGED_ACTION[image],
          entityType: "Tenant",
          entityId: tenantId,
          data: { fields: [KEY_COLUMN[image]] },
        },
        tx,
      );
      return old;
    });
  } catch (error) {
    await deleteImageObject(key, tenantId);
    throw error;
  }
  clearTenantCache();
  await deleteImageObject(previous, tenantId);
  return { ok: true };
}
