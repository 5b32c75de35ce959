import "server-only";
import type { ActionResult } from "../../actions/account/action-result";
import { operatorAudit } from "../../audit/operator-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { PLATFORM_AUDIT } from "../../platform/platform-audit-actions";
import type { PlatformContext } from "../../platform/platform-context";
import { clearTenantCache } from "../../tenant/resolve-tenant";

export const TENANT_NOT_FOUND = "platformAdmin.errors.tenantNotFound" satisfies Msg;

/**
 * Moves a tenant between ACTIVE and SUSPENDED with its audit row; empties the host cache so the
 * change applies at once in this process (other processes: within the cache's 30 s).
 */
export async function changeTenantStatus(
  ctx: PlatformContext,
  tenantId: string,
  status: "ACTIVE" | "SUSPENDED",
  data: { reason?: string },
): Promise<ActionResult<null>> {
  const from = status === "ACTIVE" ? "SUSPENDED" : "ACTIVE";
  const changed = await db.$transaction(async (tx) => {
    // Conditional on the current status: a double click or a second operator changes nothing twice.
    const updated = await tx.tenant.updateMany({
      where: { id: tenantId, status: from },
      data: { status, suspendedAt: status === "SUSPENDED" ? now() : null },
    });
    if (updated.count === 0) return false;
    await writeAudit(
      {
        ...operatorAudit(ctx, tenantId),
        action: status === "SUSPENDED" ? PLATFORM_AUDIT.tenantSuspended : PLATFORM_AUDIT.tenantReactivated,
        entityType: "Tenant",
        entityId: tenantId,
        data: { operatorId: ctx.operator.id, ...data },
      },
      tx,
    );
    return true;
  });
  clearTenantCache();
  if (changed) return { ok: true, data: null };
  const exists = await db.tenant.findUnique({ where: { id: tenantId }, select: { status: true } });
  if (!exists) return { ok: false, error: TENANT_NOT_FOUND };
  return {
    ok: false,
    error: status === "SUSPENDED" ? "platformAdmin.errors.alreadySuspended" : "platformAdmin.errors.alreadyActive",
  };
}
