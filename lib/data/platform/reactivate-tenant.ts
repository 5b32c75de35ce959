import "server-only";
import type { ActionResult } from "../../actions/account/action-result";
import { requirePlatform, type PlatformContext } from "../../platform/platform-context";
import { tenantIdInput } from "../../validation/platform";
import { changeTenantStatus, TENANT_NOT_FOUND } from "./change-tenant-status";

/** "Mandant wieder freischalten": the tenant's addresses serve the portal again. */
export async function reactivateTenant(ctx: PlatformContext | null, input: unknown): Promise<ActionResult<null>> {
  requirePlatform(ctx);
  const parsed = tenantIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: TENANT_NOT_FOUND };
  return changeTenantStatus(ctx, parsed.data.tenantId, "ACTIVE", {});
}
