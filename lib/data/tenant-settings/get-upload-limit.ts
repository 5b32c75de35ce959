import "server-only";
import { db } from "../../db/client";
import { effectiveUploadLimit } from "../../documents/upload-limits";
import type { RequestContext } from "../context/types";

/**
 * The document size limit of the request's tenant in bytes (Einstellungen → Allgemein, never above
 * the platform's MAX_UPLOAD_BYTES). Read fresh rather than from the cached TenantBranding, so a saved
 * limit holds from the next upload on. Upload routes call it before they read the body; pages pass it
 * to their drop zones for the early warning.
 */
export async function getUploadLimit(ctx: RequestContext): Promise<number> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { documentMaxBytes: true } });
  return effectiveUploadLimit(tenant.documentMaxBytes);
}
