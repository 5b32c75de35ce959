import type { ContractModule, PortalModule, Prisma } from "../../db/generated/client";
import type { CompanyScopeEntry, RequestContext } from "../context/types";
import { companyContractWhere } from "../company/company-contract-where";
import { isEmptyCoverage } from "../../company/role-coverage";

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
 * Company users: the contracts of each company in their scope (own company; subsidiaries with GROUP_MANAGER)
 * in the modules THAT company has released, and only the lines their roles cover (companyContractWhere).
 */
export function contractAccessWhere(ctx: RequestContext): Prisma.ContractWhereInput {
  const base: Prisma.ContractWhereInput = { tenantId: ctx.tenant.id, deletedAt: null };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return actor.role.onlyOwnCustomers ? { ...base, customer: { tenantId: ctx.tenant.id, advisorId: actor.id } } : base;
  }
  if (actor.company) {
    const entries = scopeByReleasedModules(actor.company.scope);
    if (entries.length === 0 || isEmptyCoverage(actor.company.coverage)) return { ...base, id: { in: [] } };
    return { ...base, AND: [{ OR: entries }, companyContractWhere(actor.company.coverage)] };
  }
  return { ...base, customerId: actor.customerId, module: { in: releasedContractModules(actor.releases) } };
}

/**
 * One branch per distinct set of released contract modules (normally one for the whole group), not one per
 * company: with 500 subsidiaries a branch per company cost PostgreSQL ~120 ms just to plan (bench:company).
 */
function scopeByReleasedModules(scope: readonly CompanyScopeEntry[]): Prisma.ContractWhereInput[] {
  const groups = new Map<string, { modules: ContractModule[]; ids: string[] }>();
  for (const entry of scope) {
    const modules = releasedContractModules(entry.releases);
    if (modules.length === 0) continue;
    const key = modules.join(",");
    const group = groups.get(key) ?? { modules, ids: [] };
    group.ids.push(entry.customerId);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ customerId: { in: g.ids }, module: { in: g.modules } }));
}

/** The contract modules whose release module is READ or WRITE. */
export function releasedContractModules(releases: CompanyScopeEntry["releases"]): ContractModule[] {
  return (Object.keys(MODULE_OF_CONTRACT) as ContractModule[]).filter((m) => releases[MODULE_OF_CONTRACT[m]] !== "HIDDEN");
}

/** The scope companies (company users) that released `module` (READ or WRITE). */
export function scopeWith(entries: readonly CompanyScopeEntry[], module: PortalModule): string[] {
  return entries.filter((e) => e.releases[module] !== "HIDDEN").map((e) => e.customerId);
}
