import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { householdConsentInput, type HouseholdConsentInput } from "../../validation/household";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { documentAccessWhere } from "../documents/document-access";
import { findAnchorCustomer, findVisibleMember, requireFamilyManager } from "./household-scope";
import type { HouseholdWriteResult } from "./household-result";

/**
 * Records that the grantor allows the grantee to see the grantor's folder. Both must be members of
 * the household of `customerId`; the signed form, if given, must be the grantor's own document of
 * category CONSENT (uploaded beforehand through the document upload).
 */
export async function recordHouseholdConsent(
  ctx: RequestContext | null,
  customerId: string,
  input: HouseholdConsentInput,
): Promise<HouseholdWriteResult> {
  requireFamilyManager(ctx);
  const anchor = await findAnchorCustomer(ctx, customerId);
  const parsed = householdConsentInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const householdId = anchor.householdId;
  if (!householdId) return { ok: false, error: "households.errors.noHousehold" };
  const { grantorCustomerId, granteeCustomerId, grantedAt, documentId } = parsed.data;
  const tenantId = ctx.tenant.id;

  const [grantor, grantee] = await Promise.all([
    findVisibleMember(ctx, householdId, grantorCustomerId),
    findVisibleMember(ctx, householdId, granteeCustomerId),
  ]);
  if (!grantor) return { ok: false, field: "grantorCustomerId", error: "households.errors.memberNotFound" };
  if (!grantee) return { ok: false, field: "granteeCustomerId", error: "households.errors.memberNotFound" };
  if (documentId) {
    const form = await db.document.findFirst({
      where: { AND: [documentAccessWhere(ctx), { id: documentId, customerId: grantor.id, category: "CONSENT" }] },
      select: { id: true },
    });
    if (!form) return { ok: false, field: "documentId", error: "households.errors.formNotGrantors" };
  }
  const existing = await db.householdConsent.findFirst({
    where: { tenantId, householdId, grantorCustomerId: grantor.id, granteeCustomerId: grantee.id, revokedAt: null },
    select: { id: true },
  });
  if (existing) return { ok: false, field: "granteeCustomerId", error: "households.errors.consentExists" };

  return db.$transaction(async (tx) => {
    const consent = await tx.householdConsent.create({
      data: {
        tenantId,
        householdId,
        grantorCustomerId: grantor.id,
        granteeCustomerId: grantee.id,
        grantedAt,
        documentId,
        recordedById: ctx.actor.id,
      },
      select: { id: true },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "household.consent_recorded",
        entityType: "HouseholdConsent",
        entityId: consent.id,
        // the grantor's timeline: it is their folder that becomes visible to someone else
        customerId: grantor.id,
        data: { granteeCustomerId: grantee.id, hasForm: documentId !== null },
      },
      tx,
    );
    return { ok: true as const, id: consent.id };
  });
}
