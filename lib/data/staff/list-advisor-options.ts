import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type Option = { id: string; label: string };

/** Staff who can be a customer's advisor (not disabled), by name, for selects and filters. */
export async function listAdvisorOptions(ctx: RequestContext | null): Promise<Option[]> {
  requireStaff(ctx);
  const staff = await db.user.findMany({
    where: { tenantId: ctx.tenant.id, kind: "STAFF", status: { not: "DISABLED" } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, email: true },
    take: 500,
  });
  return staff.map((s) => ({ id: s.id, label: [s.firstName, s.lastName].filter(Boolean).join(" ") || s.email }));
}
