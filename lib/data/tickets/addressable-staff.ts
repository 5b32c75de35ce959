import "server-only";
import { effectiveRights } from "../../auth/staff-rights";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { TicketRecipient } from "./types";

type Client = Prisma.TransactionClient | typeof db;

/**
 * Staff a customer's ticket may go to: active staff of the same tenant whose role lets them see this
 * customer and answer (viewCustomers and editCustomers; advisors limited to own customers only when
 * they are its advisor). The customer picks from this list and staff forward within it, so whoever
 * holds a ticket can read it under ticketAccessWhere and reply (ticket-write-access.ts) — a view-only
 * role never gets a ticket nobody could answer. Advisor first, then by name. An office has a few
 * dozen staff at most.
 */
export async function addressableStaff(
  client: Client,
  tenantId: string,
  customer: { advisorId: string | null },
): Promise<TicketRecipient[]> {
  const staff = await client.user.findMany({
    where: { tenantId, kind: "STAFF", status: "ACTIVE", staffRoleId: { not: null } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      staffRole: { select: { key: true, rights: true, onlyOwnCustomers: true } },
    },
    take: 500,
  });
  return staff
    .filter((s) => {
      if (!s.staffRole) return false;
      const rights = effectiveRights(s.staffRole.key, s.staffRole.rights);
      if (!rights.viewCustomers || !rights.editCustomers) return false;
      return !s.staffRole.onlyOwnCustomers || s.id === customer.advisorId;
    })
    .map((s) => ({
      id: s.id,
      name: [s.firstName, s.lastName].filter(Boolean).join(" ") || s.email,
      isAdvisor: s.id === customer.advisorId,
    }))
    .sort((a, b) => Number(b.isAdvisor) - Number(a.isAdvisor));
}
