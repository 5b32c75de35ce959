import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { findAnchorCustomer, findVisibleMember, requireFamilyManager } from "./household-scope";
import type { HouseholdWriteResult } from "./household-result";

/**
 * Takes a member out of the household of `customerId` (which may be the member itself). Consents
 * given or held by the member end at the same moment: nobody keeps seeing a folder of someone who
 * left. The consent records stay (revoked), as GDPR proof of what was allowed when.
 */
export async function removeHouseholdMember(
  ctx: RequestContext | null,
  customerId: string,
  memberId: string,
): Promise<HouseholdWriteResult> {
  requireFamilyManager(ctx);
  const anchor = await findAnchorCustomer(ctx, customerId);
  const householdId = anchor.householdId;
  if (!householdId) return { ok: false, error: "households.errors.noHousehold" };
  const member = await findVisibleMember(ctx, householdId, memberId);
  if (!member) return { ok: false, error: "households.errors.memberNotFound" };
  const tenantId = ctx.tenant.id;

  return db.$transaction(async (tx) => {
    const affected = await tx.householdConsent.findMany({
      where: {
        tenantId,
        householdId,
        revokedAt: null,
        OR: [{ grantorCustomerId: member.id }, { granteeCustomerId: member.id }],
      },
      select: { id: true, grantorCustomerId: true },
    });
    const revokedAt = now();
    await tx.householdConsent.updateMany({
      where: { tenantId, id: { in: affected.map((c) => c.id) }, revokedAt: null },
      data: { revokedAt },
    });
    await tx.customer.updateMany({ where: { id: member.id, tenantId, householdId }, data: { householdId: null } });
    for (const consent of affected) {
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "household.consent_revoked",
          entityType: "HouseholdConsent",
          entityId: consent.id,
          customerId: consent.grantorCustomerId,
          data: { reason: "memberRemoved" },
        },
        tx,
      );
    }
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "household.member_removed",
        entityType: "Household",
        entityId: householdId,
        customerId: member.id,
        data: { revokedConsents: affected.length },
      },
      tx,
    );
    return { ok: true as const, id: member.id };
  });
}
