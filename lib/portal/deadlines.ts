// Upcoming contract deadlines for the customer's start page: expiry (Ablauf), main due date
// (Hauptfälligkeit) and the last day to cancel. Pure calendar arithmetic on UTC-midnight dates
// (contract dates are calendar dates without a time zone); "today" is passed in so tests can pin it.

export type DeadlineKind = "EXPIRY" | "MAIN_DUE" | "CANCELLATION";

export type DeadlineContract = {
  id: string;
  /** null when unknown — or withheld because the broker hides expiry dates from customers. */
  endDate: Date | null;
  mainDueMonth: number | null;
  mainDueDay: number | null;
  noticePeriodMonths: number | null;
};

export type Deadline = { kind: DeadlineKind; date: Date; contractId: string };

export const DEADLINE_WINDOW_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;
const KIND_ORDER: Record<DeadlineKind, number> = { CANCELLATION: 0, MAIN_DUE: 1, EXPIRY: 2 };
// A main due date whose cancellation deadline has passed rolls on to the next year; a notice period
// longer than this many years is not a real contract and is not followed further.
const MAX_YEARS_AHEAD = 5;

/** The calendar day of a moment, as UTC midnight (the form contract dates come in). */
export function calendarDay(value: Date): Date {
  return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** year/month/day with the day clamped to the month's end (29.02 in a non-leap year → 28.02). */
function clampedDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, Math.min(day, daysInMonth(year, monthIndex))));
}

/** Month arithmetic clamped to the month's end: 31.05 minus 3 months → 28.02 (29.02 in leap years). */
export function addMonths(date: Date, months: number): Date {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  return clampedDate(Math.floor(total / 12), ((total % 12) + 12) % 12, date.getUTCDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(calendarDay(date).getTime() + days * DAY_MS);
}

function isValidMainDue(month: number | null, day: number | null): [number, number] | null {
  if (month === null || day === null) return null;
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return [month, day];
}

/** Occurrence of the main due date (DD.MM) in a given year. */
function mainDueIn(year: number, month: number, day: number): Date {
  return clampedDate(year, month - 1, day);
}

/** The next main due date on or after `today` (e.g. 01.01 seen on 02.01.2026 → 01.01.2027). */
export function nextMainDueDate(month: number | null, day: number | null, today: Date): Date | null {
  const due = isValidMainDue(month, day);
  if (!due) return null;
  const from = calendarDay(today);
  const thisYear = mainDueIn(from.getUTCFullYear(), ...due);
  return thisYear >= from ? thisYear : mainDueIn(from.getUTCFullYear() + 1, ...due);
}

/**
 * The last day to give notice: the contract period ends at the next main due date — or at the end
 * date when that comes first or there is no main due date — and notice must arrive noticePeriodMonths
 * before. When this year's deadline has already passed, the next main due date counts (but never one
 * after the end date). Null without a notice period or once the last chance is gone.
 */
export function cancellationDeadline(contract: DeadlineContract, today: Date): Date | null {
  const notice = contract.noticePeriodMonths;
  if (notice === null || !Number.isInteger(notice) || notice < 0) return null;
  const from = calendarDay(today);
  const end = contract.endDate ? calendarDay(contract.endDate) : null;
  const due = isValidMainDue(contract.mainDueMonth, contract.mainDueDay);
  const firstDue = nextMainDueDate(contract.mainDueMonth, contract.mainDueDay, from);
  if (due && firstDue) {
    for (let i = 0; i <= MAX_YEARS_AHEAD; i++) {
      const periodEnd = mainDueIn(firstDue.getUTCFullYear() + i, ...due);
      const endsFirst = end !== null && end < periodEnd;
      const deadline = addMonths(endsFirst ? end : periodEnd, -notice);
      if (deadline >= from) return deadline;
      if (endsFirst) return null;
    }
    return null;
  }
  if (!end) return null;
  const deadline = addMonths(end, -notice);
  return deadline >= from ? deadline : null;
}

/**
 * Deadlines within [today, today + 90 days] for the given (active, visible) contracts, soonest first.
 * A contract's withheld end date (null) yields neither an expiry nor a deadline derived from it.
 */
export function upcomingDeadlines(
  contracts: DeadlineContract[],
  today: Date,
  windowDays: number = DEADLINE_WINDOW_DAYS,
): Deadline[] {
  const from = calendarDay(today);
  const until = addDays(from, windowDays);
  const inWindow = (d: Date | null): d is Date => d !== null && d >= from && d <= until;
  const result: Deadline[] = [];
  for (const c of contracts) {
    const end = c.endDate ? calendarDay(c.endDate) : null;
    if (inWindow(end)) result.push({ kind: "EXPIRY", date: end, contractId: c.id });
    const mainDue = nextMainDueDate(c.mainDueMonth, c.mainDueDay, from);
    // a main due date after the contract has ended does not happen
    if (inWindow(mainDue) && !(end && mainDue > end)) result.push({ kind: "MAIN_DUE", date: mainDue, contractId: c.id });
    const cancel = cancellationDeadline(c, from);
    if (inWindow(cancel)) result.push({ kind: "CANCELLATION", date: cancel, contractId: c.id });
  }
  return result.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.contractId.localeCompare(b.contractId),
  );
}
