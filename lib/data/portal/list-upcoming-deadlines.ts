import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { ContractModule } from "../../db/generated/client";
import { localeFromDb } from "../../i18n/locales";
import { timeZoneFor } from "../../i18n/time-zone";
import { upcomingDeadlines, type DeadlineKind } from "../../portal/deadlines";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";

export type UpcomingDeadline = {
  kind: DeadlineKind;
  date: Date;
  /** Calendar days from today (0 = today), in the office's time zone. */
  inDays: number;
  contract: {
    id: string;
    module: ContractModule;
    lineName: string | null;
    lineNameEn: string | null;
    insurerName: string | null;
    policyNumber: string | null;
    product: string | null;
  };
};

const DAY_MS = 24 * 60 * 60 * 1000;
// A customer folder holds tens of contracts; a company's a few hundred. The cap only guards the query.
const MAX_CONTRACTS = 2000;

/** Today's calendar date in the broker office's time zone, as UTC midnight (like contract dates). */
export function officeToday(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
}

/**
 * Expiry, main due date and cancellation deadline of the active visible contracts in the next 90 days.
 * When the broker hides expiry dates from customers, end dates are not used: neither shown as expiry
 * nor as the base of a cancellation deadline.
 */
export async function listUpcomingDeadlines(ctx: RequestContext | null): Promise<UpcomingDeadline[]> {
  requireCustomer(ctx);
  const today = officeToday(now(), timeZoneFor(localeFromDb(ctx.tenant.locale)));
  const hideExpiry = ctx.tenant.portalHideExpiryDates;
  const rows = await db.contract.findMany({
    where: {
      AND: [
        contractAccessWhere(ctx),
        { status: "ACTIVE" },
        { OR: [{ mainDueMonth: { not: null } }, ...(hideExpiry ? [] : [{ endDate: { gte: today } }])] },
      ],
    },
    orderBy: { id: "asc" },
    take: MAX_CONTRACTS,
    select: {
      id: true,
      module: true,
      policyNumber: true,
      product: true,
      insurerName: true,
      endDate: !hideExpiry,
      mainDueMonth: true,
      mainDueDay: true,
      noticePeriodMonths: true,
      line: { select: { name: true, nameEn: true } },
      insurer: { select: { name: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const deadlines = upcomingDeadlines(
    rows.map((r) => ({
      id: r.id,
      endDate: hideExpiry ? null : (r.endDate ?? null),
      mainDueMonth: r.mainDueMonth,
      mainDueDay: r.mainDueDay,
      noticePeriodMonths: r.noticePeriodMonths,
    })),
    today,
  );
  return deadlines.flatMap(({ kind, date, contractId }) => {
    const r = byId.get(contractId);
    if (!r) return [];
    return {
      kind,
      date,
      inDays: Math.round((date.getTime() - today.getTime()) / DAY_MS),
      contract: {
        id: r.id,
        module: r.module,
        lineName: r.line?.name ?? null,
        lineNameEn: r.line?.nameEn ?? null,
        insurerName: r.insurer?.name ?? r.insurerName,
        policyNumber: r.policyNumber,
        product: r.product,
      },
    };
  });
}
