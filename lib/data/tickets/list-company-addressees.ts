import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { ticketPersonName } from "./ticket-person";
import type { CompanyAddressee } from "./types";

/**
 * The accounts of a company customer a ticket from the office can be addressed to: customer accounts of
 * that company (same tenant) belonging to a contact person, ACTIVE or INVITED. createTicket checks the
 * chosen id against exactly this rule.
 */
export const companyAddresseeWhere = (tenantId: string, customerId: string) =>
  ({
    tenantId,
    customerId,
    kind: "CUSTOMER",
    contactPersonId: { not: null },
    status: { in: ["ACTIVE", "INVITED"] },
    customer: { tenantId, kind: "COMPANY" },
  }) satisfies Prisma.UserWhereInput;

/**
 * Staff only: whom of a company customer "Nachricht an Kunden" can go to (name, position of the contact,
 * account status), by name. Empty for a private customer or a company without accounts. A customer the
 * staff member may not see is refused like an unknown one (AccessDeniedError).
 */
export async function listCompanyAddressees(ctx: RequestContext | null, customerId: string): Promise<CompanyAddressee[]> {
  if (!ctx || ctx.actor.kind !== "STAFF") throw new AccessDeniedError("staff only");
  if (!z.uuid().safeParse(customerId).success) throw new AccessDeniedError("unknown customer");
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: { id: true, kind: true },
  });
  if (!customer) throw new AccessDeniedError("unknown customer");
  if (customer.kind !== "COMPANY") return [];
  const accounts = await db.user.findMany({
    where: companyAddresseeWhere(ctx.tenant.id, customer.id),
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      status: true,
      contactPerson: { select: { firstName: true, lastName: true, position: true } },
    },
  });
  return accounts.map((a) => ({
    id: a.id,
    name: ticketPersonName({
      firstName: a.firstName ?? a.contactPerson?.firstName ?? null,
      lastName: a.lastName ?? a.contactPerson?.lastName ?? null,
      email: a.email,
    }),
    position: a.contactPerson?.position ?? null,
    status: a.status === "ACTIVE" ? "ACTIVE" : "INVITED",
  }));
}
