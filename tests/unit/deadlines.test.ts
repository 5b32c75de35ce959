import { describe, expect, it } from "vitest";
import {
  addMonths,
  cancellationDeadline,
  nextMainDueDate,
  upcomingDeadlines,
  type DeadlineContract,
} from "@/lib/portal/deadlines";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const contract = (overrides: Partial<DeadlineContract> = {}): DeadlineContract => ({
  id: "c1",
  endDate: null,
  mainDueMonth: null,
  mainDueDay: null,
  noticePeriodMonths: null,
  ...overrides,
});

describe("next main due date", () => {
  it.each([
    { case: "later this year", due: [7, 1], today: "2026-03-10", expected: "2026-07-01" },
    { case: "today counts as upcoming", due: [3, 10], today: "2026-03-10", expected: "2026-03-10" },
    { case: "passed this year rolls over to next year", due: [1, 1], today: "2026-01-02", expected: "2027-01-01" },
    { case: "late December rolls over into January", due: [1, 15], today: "2026-12-20", expected: "2027-01-15" },
    { case: "29.02 in a non-leap year becomes 28.02", due: [2, 29], today: "2026-01-10", expected: "2026-02-28" },
    { case: "29.02 in a leap year stays 29.02", due: [2, 29], today: "2028-01-10", expected: "2028-02-29" },
    {
      case: "29.02 after 28.02 of a non-leap year rolls to the next year",
      due: [2, 29],
      today: "2027-03-01",
      expected: "2028-02-29",
    },
    { case: "31st in a 30-day month is clamped", due: [4, 31], today: "2026-01-01", expected: "2026-04-30" },
  ])("$case", ({ due, today, expected }) => {
    expect(iso(nextMainDueDate(due[0] ?? null, due[1] ?? null, d(today)))).toBe(expected);
  });

  it("ignores a missing or impossible main due date", () => {
    expect(nextMainDueDate(null, 1, d("2026-01-01"))).toBeNull();
    expect(nextMainDueDate(13, 1, d("2026-01-01"))).toBeNull();
    expect(nextMainDueDate(1, 0, d("2026-01-01"))).toBeNull();
  });
});

describe("month arithmetic", () => {
  it.each([
    { from: "2026-05-31", months: -3, expected: "2026-02-28" },
    { from: "2028-05-31", months: -3, expected: "2028-02-29" },
    { from: "2027-01-01", months: -3, expected: "2026-10-01" },
    { from: "2026-02-15", months: -14, expected: "2024-12-15" },
    { from: "2026-10-31", months: 4, expected: "2027-02-28" },
  ])("$from $months months → $expected", ({ from, months, expected }) => {
    expect(iso(addMonths(d(from), months))).toBe(expected);
  });
});

describe("cancellation deadline", () => {
  it.each([
    {
      case: "notice period reaches back over the year boundary",
      c: { mainDueMonth: 1, mainDueDay: 1, noticePeriodMonths: 3 },
      today: "2026-09-15",
      expected: "2026-10-01",
    },
    {
      case: "end date before the main due date is the base",
      c: { endDate: d("2026-06-30"), mainDueMonth: 10, mainDueDay: 1, noticePeriodMonths: 3 },
      today: "2026-02-01",
      expected: "2026-03-30",
    },
    {
      case: "end date alone when there is no main due date",
      c: { endDate: d("2026-12-31"), noticePeriodMonths: 1 },
      today: "2026-10-01",
      expected: "2026-11-30",
    },
    {
      case: "this year's deadline has passed: next year's main due date counts",
      c: { mainDueMonth: 4, mainDueDay: 1, noticePeriodMonths: 3 },
      today: "2026-02-01",
      expected: "2027-01-01",
    },
    {
      case: "deadline passed and the contract ends before the next period: no deadline",
      c: { endDate: d("2026-12-31"), mainDueMonth: 4, mainDueDay: 1, noticePeriodMonths: 3 },
      today: "2026-02-01",
      expected: "2026-09-30",
    },
    {
      case: "no notice period: no deadline",
      c: { mainDueMonth: 1, mainDueDay: 1 },
      today: "2026-09-15",
      expected: null,
    },
    {
      case: "the end date's deadline has passed: no deadline",
      c: { endDate: d("2026-03-31"), noticePeriodMonths: 3 },
      today: "2026-02-01",
      expected: null,
    },
  ])("$case", ({ c, today, expected }) => {
    expect(iso(cancellationDeadline(contract(c), d(today)))).toBe(expected);
  });
});

describe("upcoming deadlines in the next 90 days", () => {
  const today = d("2026-01-01");
  // 2026-01-01 + 90 days = 2026-04-01, + 91 days = 2026-04-02
  it.each([
    { case: "expiry today (day 0) is shown", endDate: "2026-01-01", shown: true },
    { case: "expiry on day 90 is shown", endDate: "2026-04-01", shown: true },
    { case: "expiry on day 91 is not shown", endDate: "2026-04-02", shown: false },
    { case: "expiry yesterday is not shown", endDate: "2025-12-31", shown: false },
  ])("$case", ({ endDate, shown }) => {
    const result = upcomingDeadlines([contract({ endDate: d(endDate) })], today);
    expect(result.map((r) => r.kind)).toEqual(shown ? ["EXPIRY"] : []);
  });

  it("shows a cancellation deadline exactly on day 0 and day 90 but not on day 91", () => {
    const on = (mainDue: [number, number]) =>
      upcomingDeadlines([contract({ mainDueMonth: mainDue[0], mainDueDay: mainDue[1], noticePeriodMonths: 3 })], today).filter(
        (r) => r.kind === "CANCELLATION",
      );
    expect(on([4, 1]).map((r) => iso(r.date))).toEqual(["2026-01-01"]);
    expect(on([7, 1]).map((r) => iso(r.date))).toEqual(["2026-04-01"]);
    expect(on([7, 2])).toEqual([]);
  });

  it("lists expiry, main due date and cancellation deadline sorted by date", () => {
    const result = upcomingDeadlines(
      [
        contract({ id: "a", endDate: d("2026-03-15") }),
        contract({ id: "b", mainDueMonth: 2, mainDueDay: 1, noticePeriodMonths: 1 }),
      ],
      today,
    );
    expect(result.map((r) => [r.kind, r.contractId, iso(r.date)])).toEqual([
      ["CANCELLATION", "b", "2026-01-01"],
      ["MAIN_DUE", "b", "2026-02-01"],
      ["EXPIRY", "a", "2026-03-15"],
    ]);
  });

  it("does not show a main due date after the contract has ended", () => {
    const result = upcomingDeadlines(
      [contract({ endDate: d("2026-01-31"), mainDueMonth: 3, mainDueDay: 1, noticePeriodMonths: 3 })],
      today,
    );
    expect(result.map((r) => [r.kind, iso(r.date)])).toEqual([["EXPIRY", "2026-01-31"]]);
  });

  it("uses the end date when it comes before the main due date", () => {
    const result = upcomingDeadlines(
      [contract({ endDate: d("2026-05-31"), mainDueMonth: 10, mainDueDay: 1, noticePeriodMonths: 3 })],
      today,
    );
    expect(result.map((r) => [r.kind, iso(r.date)])).toEqual([["CANCELLATION", "2026-02-28"]]);
  });

  it("derives nothing from a withheld end date", () => {
    expect(upcomingDeadlines([contract({ endDate: null, noticePeriodMonths: 1 })], today)).toEqual([]);
  });
});
