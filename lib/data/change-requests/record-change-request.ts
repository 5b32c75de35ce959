import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import type { ChangeRequestKind, Prisma } from "../../db/generated/client";
import { notifyBroker } from "../invitations/notify-broker";
import type { ProfileCustomerContext } from "./own-profile-customer";
import type { ChangeRequestResult } from "./result";

/** Refusal when the customer already waits for the broker on this kind of change. */
export const ALREADY_PENDING = "changeRequests.errors.alreadyPending" as const;

/** Serialises requests of one customer, so two tabs cannot both pass the "one pending per kind" check. */
export async function lockCustomer(tx: Prisma.TransactionClient, customerId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
}

export async function hasPendingRequest(
  tx: Prisma.TransactionClient,
  scope: { tenantId: string; customerId: string; kind: ChangeRequestKind },
): Promise<boolean> {
  return (await tx.changeRequest.count({ where: { ...scope, status: "PENDING" } })) > 0;
}

/**
 * Stores one PENDING request (inside the caller's transaction), audits it with field names only and
 * tells the customer's advisor (or the owners) in-app. At most one pending request per kind.
 */
export async function recordChangeRequest(
  tx: Prisma.TransactionClient,
  ctx: ProfileCustomerContext,
  customer: { id: string; advisorId: string | null },
  kind: ChangeRequestKind,
  payload: Prisma.InputJsonObject,
): Promise<ChangeRequestResult<{ id: string }>> {
  const tenantId = ctx.tenant.id;
  await lockCustomer(tx, customer.id);
  if (await hasPendingRequest(tx, { tenantId, customerId: customer.id, kind })) return { ok: false, error: ALREADY_PENDING };
  const created = await tx.changeRequest.create({
    data: { tenantId, customerId: customer.id, kind, payload, requestedById: ctx.actor.id, createdAt: now() },
    select: { id: true },
  });
  await writeAudit(
    {
      ...actorAudit(ctx),
      action: "changeRequest.created",
      entityType: "ChangeRequest",
      entityId: created.id,
      customerId: customer.id,
      data: { kind, fields: Object.keys(payload) },
    },
    tx,
  );
  await notifyBroker(tx, {
    tenantId,
    advisorId: customer.advisorId,
    type: "changeRequest.created",
    title: "changeRequests.notify.created",
    link: `/broker/change-requests/${created.id}`,
  });
  return { ok: true, id: created.id };
}
