import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { findAnchorCustomer, requireFamilyManager } from "./household-scope";
import type { HouseholdWriteResult } from "./household-result";

/** Ends a consent of the household of `customerId`; the record stays with its revocation date. */
export async function revokeHouseholdConsent(
  ctx: RequestContext | null,
  customerId: string,
  consentId: string,
): Promise<HouseholdWriteResult> {
  requireFamilyManager(ctx);
  const anchor = await findAnchorCustomer(ctx, customerId);
  if (!anchor.householdId) return { ok: false, error: "households.errors.noHousehold" };
  const tenantId = ctx.tenant.id;
  const consent = await db.householdConsent.findFirst({
    where: {
      id: consentId,
      tenantId,
      householdId: anchor.householdId,
      grantor: customerAccessWhere(ctx),
      grantee: customerAccessWhere(ctx),
    },
    select: { id: true, grantorCustomerId: true, revokedAt: true },
  });
  if (!consent) return { ok: false, error: "households.errors.consentNotFound" };
  if (consent.revokedAt) return { ok: false, error: "households.errors.alreadyRevoked" };

  return db.$transaction(async (tx) => {
    const revoked = await tx.householdConsent.updateMany({
      where: { id: consent.id, tenantId, revokedAt: null },
      data: { revokedAt: now() },
    });
    if (revoked.count !== 1) return { ok: false as const, error: "households.errors.alreadyRevoked" as const };
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "household.consent_revoked",
        entityType: "HouseholdConsent",
        entityId: consent.id,
        customerId: consent.grantorCustomerId,
      },
      tx,
    );
    return { ok: true as const, id: consent.id };
  });
}
