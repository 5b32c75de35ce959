import "server-only";
import type { Prisma } from "../../db/generated/client";
import type { Msg } from "../../i18n/message-key";
import { deleteObject } from "../../storage/delete-object";
import { keyBelongsToTenant } from "../../storage/object-key";
import type { BrandingImageRefusal } from "../../tenant/branding-image";
import { MAX_INPUT_SIDE, brandingImageSizeLabel, type BrandingImage } from "../../validation/branding";

/** What uploading or removing a logo/favicon answers; refusals are catalog keys (branding.image.errors). */
export type BrandingImageResult = { ok: true } | { ok: false; error: Msg };

export const KEY_COLUMN = { logo: "logoKey", favicon: "faviconKey" } as const satisfies Record<BrandingImage, string>;
export const CHANGED_ACTION = { logo: "tenant.logoChanged", favicon: "tenant.faviconChanged" } as const;
export const REMOVED_ACTION = { logo: "tenant.logoRemoved", favicon: "tenant.faviconRemoved" } as const;

export function refusal(kind: BrandingImage, reason: BrandingImageRefusal | "storageUnavailable"): BrandingImageResult {
  if (reason === "tooLarge") {
    return { ok: false, error: { key: "branding.image.errors.tooLarge", values: { size: brandingImageSizeLabel(kind) } } };
  }
  if (reason === "tooManyPixels") {
    return { ok: false, error: { key: "branding.image.errors.tooManyPixels", values: { max: MAX_INPUT_SIDE } } };
  }
  return { ok: false, error: `branding.image.errors.${reason}` };
}

/**
 * Locks the tenant row and reads the current image key, so two uploads at the same moment cannot both
 * miss the other's object (one of them would be left behind in S3).
 */
export async function lockImageKey(tx: Prisma.TransactionClient, tenantId: string, kind: BrandingImage): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM "Tenant" WHERE id = ${tenantId}::uuid FOR UPDATE`;
  const row = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { logoKey: true, faviconKey: true } });
  return row[KEY_COLUMN[kind]];
}

/** Deletes a replaced or removed image once the row no longer points at it; a failure only leaves an orphan. */
export async function deleteImageObject(key: string | null, tenantId: string): Promise<void> {
  if (!key || !keyBelongsToTenant(key, tenantId)) return;
  await deleteObject(key).catch(() => console.error(`[branding] orphaned image object ${key}`));
}
