import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { companyAccountTarget, outOfReach } from "./company-account-target";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { disabledByUserManager, lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

/**
 * "Konto aktivieren": a deactivated account of the own company signs in again with its password; one
 * that never registered goes back to "invited" (send the invitation again). Same limits as deactivating,
 * and only an account a user manager deactivated: one the broker deactivated stays with the broker.
 */
export async function enableCompanyUser(ctx: RequestContext | null, userId: string): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  return db.$transaction(async (tx): Promise<CompanyUserResult> => {
    const company = await lockUserManagerCompany(tx, ctx);
    if (company.restricted) return RESTRICTED;
    const user = await companyAccountTarget(tx, ctx, company, userId);
    if (user.isSelf) return { ok: false, error: "companyUsers.errors.notSelf" };
    const refusal = outOfReach(user);
    if (refusal) return refusal;
    if (user.status !== "DISABLED") return { ok: true, id: user.id };
    if (!(await disabledByUserManager(tx, ctx.tenant.id, [user.id])).has(user.id)) {
      return { ok: false, error: "companyUsers.errors.disabledByBroker" };
    }
    const status = user.hasPassword ? ("ACTIVE" as const) : ("INVITED" as const);

    await tx.user.update({ where: { id: user.id, tenantId: ctx.tenant.id }, data: { status } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyUser.enabled",
        entityType: "User",
        entityId: user.id,
        customerId: company.id,
        data: { status },
      },
      tx,
    );
    return { ok: true, id: user.id };
  });
}
