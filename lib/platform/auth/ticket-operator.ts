import { db } from "../../db/client";
import { readLoginTicket } from "./login-ticket";

/**
 * The operator a login ticket stands for, while the ticket is valid: still enabled, and no sign-out
 * since (sessionVersion). `enrolled` says which second step applies.
 */
export async function ticketOperator(raw: string | undefined) {
  const ticket = await readLoginTicket(raw);
  if (!ticket) return null;
  const operator = await db.platformOperator.findFirst({
    where: { id: ticket.operatorId, sessionVersion: ticket.sessionVersion, disabledAt: null },
    select: {
      id: true,
      email: true,
      sessionVersion: true,
      totpSecret: true,
      totpEnabledAt: true,
      totpLastUsedStep: true,
    },
  });
  return operator ? { ticket, operator, enrolled: operator.totpEnabledAt !== null } : null;
}
