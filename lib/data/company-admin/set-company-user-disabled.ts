import "server-only";
import { now } from "../../clock";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { UserStatus } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { companyAccountFor, refuseWith, type CompanyAdminResult } from "./company-admin-access";

/**
 * Deactivates a company account (disabled = true): status DISABLED, sessionVersion raised so open sessions end
 * with the next request, open invitations revoked. Reactivating (false) lets a registered account sign in
 * again with its password; one that never registered goes back to "invited" (re-send the invitation).
 * Roles stay as they were.
 */
export async function setCompanyUserDisabled(
  ctx: RequestContext | null,
  userId: string,
  disabled: boolean,
): Promise<CompanyAdminResult<{ status: UserStatus }>> {
  const { ctx: staff, account } = await companyAccountFor(ctx, userId, "write");
  const tenantId = staff.tenant.id;
  if (disabled && account.status === "DISABLED") return refuseWith("companyAdmin.errors.alreadyDisabled");
  if (!disabled && account.status !== "DISABLED") return refuseWith("companyAdmin.errors.notDisabled");
  const status: UserStatus = disabled ? "DISABLED" : account.passwordHash ? "ACTIVE" : "INVITED";

  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: account.id, tenantId },
      data: disabled ? { status, sessionVersion: { increment: 1 } } : { status },
    });
    if (disabled) {
      await tx.invitation.updateMany({
        where: { tenantId, userId: account.id, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now() },
      });
    }
    await writeAudit(
      {
        ...actorAudit(staff),
        action: disabled ? "companyUser.disabled" : "companyUser.enabled",
        entityType: "User",
        entityId: account.id,
        customerId: account.customerId,
        data: { previousStatus: account.status },
      },
      tx,
    );
    return { ok: true as const, data: { status } };
  });
}
