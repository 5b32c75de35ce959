import "server-only";
import { db } from "../../db/client";
import { ContractModule, type PaymentFrequency } from "../../db/generated/client";
import { annualPremiumCents } from "../../portal/annual-premium";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere, MODULE_OF_CONTRACT } from "../contracts/contract-access";

export type PremiumTotals = {
  /** Yearly premium of the active contracts, normalised across payment frequencies, per currency. */
  totals: { currency: "EUR" | "CHF"; annualCents: number }[];
  /** Active contracts left out of the total: a single premium has no yearly equivalent … */
  singlePremiumCount: number;
  /** … and a premium without a payment frequency is not guessed to be yearly. */
  unknownFrequencyCount: number;
};

export type ContractSummary = {
  /** Released contract modules only, each with the number of visible contracts. */
  modules: { module: ContractModule; count: number }[];
  /** Null when the broker hides financial data from customers: the figures are not computed at all. */
  premiums: PremiumTotals | null;
};

/**
 * Counts and the yearly premium total for the start page, as two grouped queries. The total adds
 * instalments per (currency, frequency) in the database and annualises each sum — the same result
 * as annualising contract by contract (lib/portal/annual-premium.ts), without loading every row.
 */
export async function summarizeContracts(ctx: RequestContext | null): Promise<ContractSummary | null> {
  requireCustomer(ctx);
  const releases = ctx.actor.releases;
  const modules = Object.values(ContractModule).filter((m) => releases[MODULE_OF_CONTRACT[m]] !== "HIDDEN");
  if (modules.length === 0) return null;
  const visible = contractAccessWhere(ctx);
  const hideMoney = ctx.tenant.portalHideFinancials;
  const [counts, premiumGroups] = await Promise.all([
    db.contract.groupBy({ by: ["module"], where: visible, _count: { _all: true } }),
    hideMoney
      ? null
      : db.contract.groupBy({
          by: ["currency", "paymentFrequency"],
          where: { AND: [visible, { status: "ACTIVE" }, { grossPremium: { not: null } }] },
          _sum: { grossPremium: true },
          _count: { _all: true },
        }),
  ]);
  const countOf = new Map(counts.map((c) => [c.module, c._count._all]));
  return {
    modules: modules.map((module) => ({ module, count: countOf.get(module) ?? 0 })),
    premiums: premiumGroups ? premiumTotals(premiumGroups) : null,
  };
}

type PremiumGroup = {
  currency: "EUR" | "CHF";
  paymentFrequency: PaymentFrequency | null;
  _sum: { grossPremium: { toFixed(digits: number): string } | null };
  _count: { _all: number };
};

function premiumTotals(groups: PremiumGroup[]): PremiumTotals {
  const byCurrency = new Map<"EUR" | "CHF", number>();
  let singlePremiumCount = 0;
  let unknownFrequencyCount = 0;
  for (const g of groups) {
    const annual = annualPremiumCents(g._sum.grossPremium?.toFixed(2) ?? null, g.paymentFrequency);
    if (annual !== null) byCurrency.set(g.currency, (byCurrency.get(g.currency) ?? 0) + annual);
    else if (g.paymentFrequency === null) unknownFrequencyCount += g._count._all;
    else if (g.paymentFrequency === "SINGLE") singlePremiumCount += g._count._all;
  }
  const totals = [...byCurrency].map(([currency, annualCents]) => ({ currency, annualCents }));
  return { totals: totals.sort((a, b) => a.currency.localeCompare(b.currency)), singlePremiumCount, unknownFrequencyCount };
}
