import "server-only";
import type { Prisma } from "../../db/generated/client";
import type { TicketInboxSearch } from "../../validation/ticket";

const MAX_TICKET_NUMBER = 2_147_483_647; // Ticket.number is a PostgreSQL integer
const MAX_WORDS = 5;

/** Status and assignee filters of the staff inbox ("mine" is the viewer). */
export function inboxFilterWhere(
  { status, assignee }: Pick<TicketInboxSearch, "status" | "assignee">,
  viewerId: string,
): Prisma.TicketWhereInput[] {
  const where: Prisma.TicketWhereInput[] = [];
  if (status !== "ALL") where.push({ status });
  if (assignee === "mine") where.push({ assigneeId: viewerId });
  else if (assignee === "unassigned") where.push({ assigneeId: null });
  else if (assignee !== "all") where.push({ assigneeId: assignee });
  return where;
}

/**
 * Free text: "#12" finds ticket 12 only; "12" finds ticket 12 and also matches as text (customer
 * number K-1012, a subject with "12"); otherwise every word must appear (contains, any case) in the
 * subject or in the customer's name or number, so "Erika Muster" finds "Muster, Erika".
 */
export function inboxTextWhere(q: string): Prisma.TicketWhereInput | null {
  if (!q) return null;
  const numeric = /^(#?)\s*(\d{1,10})$/.exec(q);
  const number = numeric && Number(numeric[2]) <= MAX_TICKET_NUMBER ? Number(numeric[2]) : null;
  if (numeric?.[1]) return { number: number ?? -1 };
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const text: Prisma.TicketWhereInput = {
    AND: words.map((w) => ({
      OR: [
        { subject: { contains: w, mode: "insensitive" } },
        {
          customer: {
            OR: [
              { lastName: { contains: w, mode: "insensitive" } },
              { firstName: { contains: w, mode: "insensitive" } },
              { companyName: { contains: w, mode: "insensitive" } },
              { customerNumber: { contains: w, mode: "insensitive" } },
            ],
          },
        },
      ],
    })),
  };
  return number === null ? text : { OR: [{ number }, text] };
}
