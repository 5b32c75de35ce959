import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { now } from "../../clock";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";

export type InvitationState =
  | { status: "none" }
  | { status: "sent"; sentAt: Date; expiresAt: Date }
  | { status: "expired"; sentAt: Date }
  | { status: "registered" };

const ids = z.array(z.uuid()).max(500);

/** Portal-access state per visible customer (unknown or foreign ids are simply absent). */
export async function getInvitationStates(
  ctx: RequestContext | null,
  customerIds: string[],
): Promise<Record<string, InvitationState>> {
  requireStaff(ctx);
  const parsed = ids.safeParse(customerIds);
  if (!parsed.success || parsed.data.length === 0) return {};
  const customers = await db.customer.findMany({
    where: { AND: [{ id: { in: parsed.data } }, customerAccessWhere(ctx)] },
    select: {
      id: true,
      accounts: {
        where: { kind: "CUSTOMER", contactPersonId: null },
        select: {
          status: true,
          invitations: {
            where: { tenantId: ctx.tenant.id, revokedAt: null },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { sentAt: true, createdAt: true, expiresAt: true, acceptedAt: true },
          },
        },
      },
    },
  });

  const at = now();
  const states: Record<string, InvitationState> = {};
  for (const c of customers) {
    let state: InvitationState = { status: "none" };
    for (const account of c.accounts) {
      const latest = account.invitations[0];
      if (account.status === "ACTIVE" || latest?.acceptedAt) {
        state = { status: "registered" };
        break;
      }
      if (account.status !== "INVITED" || !latest) continue;
      const sentAt = latest.sentAt ?? latest.createdAt;
      state = latest.expiresAt > at ? { status: "sent", sentAt, expiresAt: latest.expiresAt } : { status: "expired", sentAt };
    }
    states[c.id] = state;
  }
  return states;
}
