import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { companyAccountTarget, outOfReach } from "./company-account-target";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

/**
 * "Konto deaktivieren": the account can no longer sign in, its sessions end (sessionVersion) and an open
 * invitation is withdrawn. Not for the user manager's own account, another user manager's, nor an account
 * holding roles only the broker can grant (outside the ceiling).
 */
export async function disableCompanyUser(ctx: RequestContext | null, userId: string): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  return db.$transaction(async (tx): Promise<CompanyUserResult> => {
    const company = await lockUserManagerCompany(tx, ctx);
    if (company.restricted) return RESTRICTED;
    const user = await companyAccountTarget(tx, ctx, company, userId);
    if (user.isSelf) return { ok: false, error: "companyUsers.errors.notSelf" };
    const refusal = outOfReach(user);
    if (refusal) return refusal;
    if (user.status === "DISABLED") return { ok: true, id: user.id };

    await tx.user.update({
      where: { id: user.id, tenantId: ctx.tenant.id },
      data: { status: "DISABLED", sessionVersion: { increment: 1 } },
    });
    await tx.invitation.updateMany({
      where: { tenantId: ctx.tenant.id, userId: user.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now() },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyUser.disabled",
        entityType: "User",
        entityId: user.id,
        customerId: company.id,
        data: { previousStatus: user.status },
      },
      tx,
    );
    return { ok: true, id: user.id };
  });
}
