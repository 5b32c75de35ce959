import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { notifyCustomer } from "../../notifications/notify-customer";
import { companyRecipients } from "../company/company-recipients";
import { claimStatusInput, type ClaimStatusInput } from "../../validation/claim";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { claimAccessWhere } from "./claim-access";

export type ChangeClaimStatusResult = { ok: true; id: string } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * The broker moves a claim to another status. Status, timeline entry (with the note for the customer),
 * audit and the customer's notification commit together; the e-mail only says that there is news.
 */
export async function changeClaimStatus(
  ctx: RequestContext | null,
  claimId: string,
  input: ClaimStatusInput,
): Promise<ChangeClaimStatusResult> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const claim = z.uuid().safeParse(claimId).success
    ? await db.claim.findFirst({
        where: { AND: [claimAccessWhere(ctx), { id: claimId }, { customer: customerWriteAccessWhere(ctx) }] },
        select: { id: true, status: true, customerId: true },
      })
    : null;
  if (!claim) throw new AccessDeniedError("claim not visible or customer not writable");

  const parsed = claimStatusInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const { status, note } = parsed.data;
  if (status === claim.status) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: { status: "claims.errors.sameStatus" } };
  }

  return db.$transaction(async (tx) => {
    // only from the status the broker saw: a colleague's change in between is not overwritten
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, tenantId: ctx.tenant.id, status: claim.status },
      data: { status },
    });
    if (updated.count === 0) return { ok: false as const, error: "claims.errors.changedMeanwhile" as Msg };
    await tx.claimEvent.create({
      data: { tenantId: ctx.tenant.id, claimId: claim.id, status, note, actorUserId: ctx.actor.id, createdAt: now() },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "claim.statusChanged",
        entityType: "Claim",
        entityId: claim.id,
        customerId: claim.customerId,
        data: { fields: note ? ["status", "note"] : ["status"], from: claim.status, to: status },
      },
      tx,
    );
    // a company: only the users whose roles let them see this claim
    const onlyUserIds = await companyRecipients(
      tx,
      ctx.tenant,
      claim.customerId,
      async (userCtx, client) =>
        (await client.claim.count({ where: { AND: [claimAccessWhere(userCtx), { id: claim.id }] } })) > 0,
    );
    await notifyCustomer(tx, {
      tenantId: ctx.tenant.id,
      customerId: claim.customerId,
      onlyUserIds,
      type: "claim.status",
      title: "claims.notice.statusChanged",
      link: `/portal/claims/${claim.id}`,
      emailCategory: "status",
    });
    return { ok: true as const, id: claim.id };
  });
}
