import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { notifyCustomer } from "../../notifications/notify-customer";
import { rejectChangeRequestInput } from "../../validation/change-request";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { ALREADY_REVIEWED } from "./apply-change-request";
import type { ChangeRequestResult } from "./result";
import { changeRequestWritableWhere, mayReview } from "./review-access";

/**
 * Declines a pending request with a reason the customer reads in their profile. Same access and
 * the same PENDING-only conditional update as applying; the customer record stays as it is.
 */
export async function rejectChangeRequest(
  ctx: RequestContext | null,
  id: string,
  input: unknown,
): Promise<ChangeRequestResult<{ id: string }>> {
  requireStaff(ctx);
  if (!z.uuid().safeParse(id).success) throw new AccessDeniedError("change request not found");
  const tenantId = ctx.tenant.id;
  const found = await db.changeRequest.findFirst({
    where: { AND: [changeRequestWritableWhere(ctx), { id }] },
    select: { id: true, kind: true, status: true, customerId: true },
  });
  if (!found) throw new AccessDeniedError("change request not found");
  if (!mayReview(ctx.actor.role.rights, found.kind)) throw new AccessDeniedError(`no right to review ${found.kind}`);
  const parsed = rejectChangeRequestInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  if (found.status !== "PENDING") return { ok: false, error: ALREADY_REVIEWED };

  return db.$transaction(async (tx): Promise<ChangeRequestResult<{ id: string }>> => {
    const claimed = await tx.changeRequest.updateMany({
      where: { id: found.id, tenantId, status: "PENDING" },
      data: { status: "REJECTED", reviewNote: parsed.data.reason, reviewedById: ctx.actor.id, reviewedAt: now() },
    });
    if (claimed.count === 0) return { ok: false, error: ALREADY_REVIEWED };
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "changeRequest.rejected",
        entityType: "ChangeRequest",
        entityId: found.id,
        customerId: found.customerId,
        data: { kind: found.kind, fields: ["reviewNote"] },
      },
      tx,
    );
    await notifyCustomer(tx, {
      tenantId,
      customerId: found.customerId,
      type: "changeRequest.reviewed",
      title: "changeRequests.notify.rejected",
      link: "/portal/profile",
      emailCategory: "status",
    });
    return { ok: true, id: found.id };
  });
}
