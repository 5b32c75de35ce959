import "server-only";
import type { Prisma } from "../../db/generated/client";
import { addressableStaff } from "./addressable-staff";
import type { TicketRecipient } from "./types";

/**
 * Who hears about a customer's message: the ticket's assignee while they may still handle it (active,
 * may see the customer), else whom a new ticket would go to — the advisor, else the first
 * addressable colleague. Null only when nobody in the office can see this customer.
 */
export async function ticketNotifyTarget(
  tx: Prisma.TransactionClient,
  tenantId: string,
  { assigneeId, advisorId }: { assigneeId: string | null; advisorId: string | null },
): Promise<string | null> {
  return notifyTargetAmong(await addressableStaff(tx, tenantId, { advisorId }), assigneeId);
}

/** The same choice among an already loaded addressableStaff list (several tickets of one customer). */
export function notifyTargetAmong(staff: TicketRecipient[], assigneeId: string | null): string | null {
  if (assigneeId && staff.some((s) => s.id === assigneeId)) return assigneeId;
  return staff[0]?.id ?? null;
}
