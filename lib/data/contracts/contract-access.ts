import type { ContractModule, PortalModule, Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";

// Which release module governs a contract of each contract module.
export const MODULE_OF_CONTRACT: Record<ContractModule, PortalModule> = {
  INSURANCE: "INSURANCE",
  FINANCE: "FINANCE",
  OTHER: "OTHER_CONTRACTS",
  EMERGENCY: "EMERGENCY",
};

/**
 * THE rule for who may see which contract. Every contract query goes through here.
 * Staff: own tenant; advisors limited to their own customers when their role says so.
 * Customers: own customer record, not deleted, and only modules released as READ or WRITE.
 */
export function contractAccessWhere(ctx: RequestContext): Prisma.ContractWhereInput {
  const base: Prisma.ContractWhereInput = { tenantId: ctx.tenant.id, deletedAt: null };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return actor.role.onlyOwnCustomers ? { ...base, customer: { tenantId: ctx.tenant.id, advisorId: actor.id } } : base;
  }
  const modules = (Object.keys(MODULE_OF_CONTRACT) as ContractModule[]).filter(
    (m) => actor.releases[MODULE_OF_CONTRACT[m]] !== "HIDDEN",
  );
  return { ...base, customerId: actor.customerId, module: { in: modules } };
}
