import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { ClaimStatus } from "../../db/generated/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { customerDisplayName } from "../customers/customer-display-name";
import { claimAccessWhere } from "./claim-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { claimDetailSelect, claimEventSelect, claimEventsOldestFirst } from "./claim-detail-select";

export type ClaimRecordEvent = {
  id: string;
  status: ClaimStatus;
  note: string | null;
  createdAt: Date;
  /** staff member's name; null when the customer (or nobody known any more) made the entry */
  actorName: string | null;
  byCustomer: boolean;
};

export type ClaimRecord = {
  id: string;
  status: ClaimStatus;
  occurredOn: Date;
  createdAt: Date;
  description: string;
  customerId: string;
  customerName: string;
  customerNumber: string;
  contract: ContractLabel | null;
  timeline: ClaimRecordEvent[];
  /** editCustomers and a customer whose processing is not restricted */
  canChangeStatus: boolean;
};

/** A claim as the broker's claim page shows it; opening it is audited like a customer record. */
export async function getClaimRecord(ctx: RequestContext | null, claimId: string): Promise<ClaimRecord | null> {
  requireStaff(ctx);
  if (!z.uuid().safeParse(claimId).success) return null;
  const claim = await db.claim.findFirst({
    where: { AND: [claimAccessWhere(ctx), { id: claimId }] },
    select: {
      ...claimDetailSelect,
      customer: { select: { id: true, kind: true, firstName: true, lastName: true, companyName: true, customerNumber: true } },
      contract: { select: contractLabelSelect },
      events: { ...claimEventsOldestFirst(ctx.tenant.id), select: { ...claimEventSelect, actorUserId: true } },
    },
  });
  if (!claim) return null;

  const actorIds = [...new Set(claim.events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const [actors, writable] = await Promise.all([
    db.user.findMany({
      where: { tenantId: ctx.tenant.id, id: { in: actorIds } },
      select: { id: true, kind: true, firstName: true, lastName: true },
    }),
    ctx.actor.role.rights.editCustomers
      ? db.customer.findFirst({
          where: { AND: [customerWriteAccessWhere(ctx), { id: claim.customer.id }] },
          select: { id: true },
        })
      : null,
  ]);
  const byId = new Map(actors.map((a) => [a.id, a]));
  await writeAudit({
    ...actorAudit(ctx),
    action: "claim.viewed",
    entityType: "Claim",
    entityId: claim.id,
    customerId: claim.customer.id,
  });

  const { customer, contract, events, ...rest } = claim;
  return {
    ...rest,
    customerId: customer.id,
    customerName: customerDisplayName(customer),
    customerNumber: customer.customerNumber,
    contract: contract ? contractLabel(contract) : null,
    timeline: events.map(({ actorUserId, ...e }) => {
      const actor = actorUserId ? byId.get(actorUserId) : undefined;
      return {
        ...e,
        byCustomer: actor?.kind === "CUSTOMER",
        actorName: actor?.kind === "STAFF" ? [actor.firstName, actor.lastName].filter(Boolean).join(" ") || null : null,
      };
    }),
    canChangeStatus: writable !== null,
  };
}
