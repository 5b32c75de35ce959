import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { CLAIMS_PER_DAY, claimReportInput, type ClaimReportInput } from "../../validation/claim";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError, requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { notifyBroker } from "../invitations/notify-broker";
import { requireModuleWrite } from "../portal/folder-rights";

export type ReportClaimResult = { ok: true; id: string } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The customer reports a loss in their own folder (CLAIMS released as WRITE). Claim, first timeline
 * entry, audit and the advisor's notification commit together; photos follow on the claim page.
 */
export async function reportClaim(ctx: RequestContext | null, input: ClaimReportInput): Promise<ReportClaimResult> {
  requireCustomer(ctx);
  requireModuleWrite(ctx, "CLAIMS");
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: ctx.actor.customerId }] },
    select: { id: true, advisorId: true },
  });
  if (!customer) throw new AccessDeniedError("folder not writable");

  const parsed = claimReportInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const data = parsed.data;
  if (data.contractId) {
    const contract = await db.contract.findFirst({
      where: { AND: [contractAccessWhere(ctx), { id: data.contractId, customerId: customer.id }] },
      select: { id: true },
    });
    if (!contract) {
      return { ok: false, error: "common.errors.checkInput", fieldErrors: { contractId: "claims.validation.contractInvalid" } };
    }
  }

  return db.$transaction(async (tx) => {
    // Serialises reports of one folder, so two parallel requests cannot both pass the daily limit.
    await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${customer.id}::uuid FOR UPDATE`;
    const recent = await tx.claim.count({
      where: { tenantId: ctx.tenant.id, customerId: customer.id, createdAt: { gt: new Date(now().getTime() - DAY_MS) } },
    });
    if (recent >= CLAIMS_PER_DAY) return { ok: false as const, error: "claims.errors.dailyLimit" as Msg };

    const createdAt = now();
    const claim = await tx.claim.create({
      data: {
        tenantId: ctx.tenant.id,
        customerId: customer.id,
        contractId: data.contractId,
        occurredOn: data.occurredOn,
        description: data.description,
        status: "REPORTED",
        reportedById: ctx.actor.id,
        createdAt,
      },
      select: { id: true },
    });
    await tx.claimEvent.create({
      data: { tenantId: ctx.tenant.id, claimId: claim.id, status: "REPORTED", actorUserId: ctx.actor.id, createdAt },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "claim.reported",
        entityType: "Claim",
        entityId: claim.id,
        customerId: customer.id,
        data: { fields: data.contractId ? ["contractId", "occurredOn", "description"] : ["occurredOn", "description"] },
      },
      tx,
    );
    await notifyBroker(tx, {
      tenantId: ctx.tenant.id,
      advisorId: customer.advisorId,
      type: "claim.reported",
      title: "claims.notice.reported",
      link: `/broker/claims/${claim.id}`,
    });
    return { ok: true as const, id: claim.id };
  });
}
