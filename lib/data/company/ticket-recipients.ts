import type { Prisma } from "../../db/generated/client";
import type { TenantBranding } from "../../tenant/tenant-branding";
import { ticketAccessWhere } from "../tickets/ticket-access";
import { companyRecipients } from "./company-recipients";

/**
 * Who of a company customer hears about a ticket (reply, close, opened by the office): only the accounts the
 * ticket rule lets read it — its creator and the account it is addressed to. Undefined for private customers
 * (every account of the record, as before). For notifyCustomer's `onlyUserIds`.
 */
export function ticketRecipients(
  tx: Prisma.TransactionClient,
  tenant: TenantBranding,
  ticket: { id: string; customerId: string },
): Promise<string[] | undefined> {
  return companyRecipients(
    tx,
    tenant,
    ticket.customerId,
    async (ctx, client) => (await client.ticket.count({ where: { AND: [ticketAccessWhere(ctx), { id: ticket.id }] } })) > 0,
  );
}
