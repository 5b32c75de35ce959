import "server-only";
import { db } from "../../db/client";
import type { RequestContext, StaffActor } from "../context/types";
import { customerAccessWhere, customerWriteAccessWhere } from "../customers/customer-access";
import { customerDisplayName } from "../customers/customer-display-name";

/**
 * The customer an invoice or object page is about, for staff: its label ("Muster Logistik AG (K-1001)"),
 * address country and whether the staff member may record for it (editCustomers and the customer is not
 * restricted). Null when the customer is not visible to them.
 */
export async function loadRecordCustomer(ctx: RequestContext & { actor: StaffActor }, customerId: string) {
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: { id: true, country: true, customerNumber: true, kind: true, firstName: true, lastName: true, companyName: true },
  });
  if (!customer) return null;
  const writable =
    ctx.actor.role.rights.editCustomers &&
    (await db.customer.count({ where: { AND: [customerWriteAccessWhere(ctx), { id: customerId }] } })) > 0;
  return {
    customer: { id: customer.id, label: `${customerDisplayName(customer)} (${customer.customerNumber})` },
    country: customer.country,
    writable,
  };
}
