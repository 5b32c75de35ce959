import "server-only";
import type { ActionResult } from "../../actions/account/action-result";
import { requirePlatform, type PlatformContext } from "../../platform/platform-context";
import { suspendTenantInput } from "../../validation/platform";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { changeTenantStatus } from "./change-tenant-status";

/**
 * "Mandant sperren": the tenant's addresses answer 503 and every session of its staff and customers
 * stops working (the host no longer resolves to a tenant). Its data stays untouched. The reason is
 * kept in the audit row and shown on the tenant's page.
 */
export async function suspendTenant(ctx: PlatformContext | null, input: unknown): Promise<ActionResult<null>> {
  requirePlatform(ctx);
  const parsed = suspendTenantInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  return changeTenantStatus(ctx, parsed.data.tenantId, "SUSPENDED", { reason: parsed.data.reason });
}
