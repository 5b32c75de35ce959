import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { listAdvisorOptions, type Option } from "../staff/list-advisor-options";
import { customerAccessWhere } from "./customer-access";

/** Choices of the customer form: advisors and the companies that can be a parent. */
export async function listCustomerFormOptions(ctx: RequestContext | null): Promise<{ advisors: Option[]; companies: Option[] }> {
  requireStaff(ctx);
  const [advisors, companies] = await Promise.all([
    listAdvisorOptions(ctx),
    db.customer.findMany({
      where: { AND: [customerAccessWhere(ctx), { kind: "COMPANY" }] },
      orderBy: { companyName: "asc" },
      select: { id: true, companyName: true, customerNumber: true },
      take: 500,
    }),
  ]);
  return { advisors, companies: companies.map((c) => ({ id: c.id, label: `${c.companyName ?? "—"} (${c.customerNumber})` })) };
}
