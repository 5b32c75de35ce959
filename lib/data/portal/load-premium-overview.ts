import "server-only";
import { db } from "../../db/client";
import type { ContractModule, PaymentFrequency } from "../../db/generated/client";
import { annualPremiumCents } from "../../portal/annual-premium";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";

export type PremiumLine = {
  /** null: contracts without a line of business, grouped by their module instead (see module) */
  lineCode: string | null;
  /** set only when lineCode is null: e.g. an electricity contract among "Sonstige Verträge" */
  module: ContractModule | null;
  lineName: string | null;
  lineNameEn: string | null;
  contractCount: number;
  annualCents: number;
  /** decimal string, e.g. "648.00" */
  annual: string;
};

export type PremiumCurrencyGroup = {
  currency: "EUR" | "CHF";
  /** largest first */
  lines: PremiumLine[];
  totalCents: number;
  total: string;
};

/** Active contracts whose premium has no yearly equivalent (single premium, or no payment frequency recorded). */
export type UnannualisedPremium = {
  id: string;
  lineName: string | null;
  lineNameEn: string | null;
  insurerName: string | null;
  policyNumber: string | null;
  grossPremium: string;
  currency: "EUR" | "CHF";
  paymentFrequency: Extract<PaymentFrequency, "SINGLE"> | null;
};

export type PremiumOverview = { groups: PremiumCurrencyGroup[]; unannualised: UnannualisedPremium[] };

/** 64800 → "648.00", exactly (no float division). */
function centsToAmount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * /portal/premiums: the yearly premium per line of business of the viewed folder's ACTIVE, visible
 * contracts, normalised across payment frequencies (lib/portal/annual-premium), one block per currency.
 * Returns null when the office withholds financial data from the portal: the figures never leave the server.
 */
export async function loadPremiumOverview(ctx: RequestContext | null): Promise<PremiumOverview | null> {
  requireCustomer(ctx);
  if (ctx.tenant.portalHideFinancials) return null;
  const rows = await db.contract.findMany({
    where: { AND: [contractAccessWhere(ctx), { status: "ACTIVE", grossPremium: { not: null } }] },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      module: true,
      policyNumber: true,
      grossPremium: true,
      currency: true,
      paymentFrequency: true,
      insurerName: true,
      line: { select: { code: true, name: true, nameEn: true } },
      insurer: { select: { name: true } },
    },
  });

  const groups = new Map<PremiumCurrencyGroup["currency"], Map<string, PremiumLine>>();
  const unannualised: UnannualisedPremium[] = [];
  for (const row of rows) {
    const premium = row.grossPremium!.toFixed(2);
    const annual = annualPremiumCents(premium, row.paymentFrequency);
    if (annual === null) {
      unannualised.push({
        id: row.id,
        lineName: row.line?.name ?? null,
        lineNameEn: row.line?.nameEn ?? null,
        insurerName: row.insurer?.name ?? row.insurerName,
        policyNumber: row.policyNumber,
        grossPremium: premium,
        currency: row.currency,
        paymentFrequency: row.paymentFrequency === "SINGLE" ? "SINGLE" : null,
      });
      continue;
    }
    const lines = groups.get(row.currency) ?? new Map<string, PremiumLine>();
    groups.set(row.currency, lines);
    const key = row.line ? `line:${row.line.code}` : `module:${row.module}`;
    const line = lines.get(key) ?? {
      lineCode: row.line?.code ?? null,
      module: row.line ? null : row.module,
      lineName: row.line?.name ?? null,
      lineNameEn: row.line?.nameEn ?? null,
      contractCount: 0,
      annualCents: 0,
      annual: "0.00",
    };
    line.contractCount += 1;
    line.annualCents += annual;
    line.annual = centsToAmount(line.annualCents);
    lines.set(key, line);
  }

  return {
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a === ctx.tenant.currency ? -1 : b === ctx.tenant.currency ? 1 : a.localeCompare(b)))
      .map(([currency, lines]) => {
        const sorted = [...lines.values()].sort(
          (a, b) => b.annualCents - a.annualCents || (a.lineCode ?? `~${a.module}`).localeCompare(b.lineCode ?? `~${b.module}`),
        );
        const totalCents = sorted.reduce((sum, l) => sum + l.annualCents, 0);
        return { currency, lines: sorted, totalCents, total: centsToAmount(totalCents) };
      }),
    unannualised,
  };
}
