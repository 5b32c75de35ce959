import "server-only";
import { db } from "../../db/client";
import { keyBelongsToTenant } from "../../storage/object-key";
import type { BrandingImage } from "../../validation/branding";

/**
 * The storage key of a tenant's current logo or favicon, or null. Public on purpose (the login page
 * and e-mails show the images): the caller passes the tenant resolved from the request's host, so the
 * key always comes from that tenant's own row and its own prefix.
 */
export async function findBrandingImageKey({
  tenantId,
  kind,
}: {
  tenantId: string;
  kind: BrandingImage;
}): Promise<string | null> {
  const row = await db.tenant.findUnique({ where: { id: tenantId }, select: { logoKey: true, faviconKey: true } });
  const key = kind === "logo" ? row?.logoKey : row?.faviconKey;
  return key && keyBelongsToTenant(key, tenantId) ? key : null;
}
