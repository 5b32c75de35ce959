import "server-only";
import { db } from "../../../db/client";
import type { ContractModule } from "../../../db/generated/client";
import { CONTRACT_MODULES } from "../../../validation/contract";
import { requireCustomer } from "../../context/access-error";
import type { RequestContext } from "../../context/types";
import { canWriteContractModule } from "../folder-rights";

export type OwnContractOption = { id: string; label: string };

export type OwnContractOptions = {
  /** Contract modules the customer may write in (empty: no own contracts possible right now). */
  modules: ContractModule[];
  lines: OwnContractOption[];
  insurers: OwnContractOption[];
  hideFinancials: boolean;
  hideExpiryDates: boolean;
  currency: "EUR" | "CHF";
};

/**
 * What the customer's contract form offers: only modules released with WRITE in their own folder,
 * lines of business by name (shared catalog plus the broker's own) and insurers likewise.
 */
export async function listOwnContractOptions(ctx: RequestContext | null, language: "de" | "en"): Promise<OwnContractOptions> {
  requireCustomer(ctx);
  const modules = CONTRACT_MODULES.filter((m) => canWriteContractModule(ctx, m));
  const base = {
    modules,
    hideFinancials: ctx.tenant.portalHideFinancials,
    hideExpiryDates: ctx.tenant.portalHideExpiryDates,
    currency: ctx.tenant.currency,
  };
  if (modules.length === 0) return { ...base, lines: [], insurers: [] };
  const scope = { OR: [{ tenantId: null }, { tenantId: ctx.tenant.id }] };
  const [lines, insurers] = await Promise.all([
    db.lineOfBusiness.findMany({ where: scope, select: { id: true, name: true, nameEn: true } }),
    db.insurer.findMany({ where: scope, orderBy: { name: "asc" }, select: { id: true, name: true }, take: 1000 }),
  ]);
  const collator = new Intl.Collator(language === "en" ? "en" : "de");
  return {
    ...base,
    lines: lines
      .map((l) => ({ id: l.id, label: language === "en" && l.nameEn ? l.nameEn : l.name }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    insurers: insurers.map((i) => ({ id: i.id, label: i.name })),
  };
}
