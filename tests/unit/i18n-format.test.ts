import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";

describe("money in each locale", () => {
  it("formats euro and franc amounts the way customers read them", () => {
    expect(formatMoney("1234.56", "EUR", "de-DE")).toBe("1.234,56\u00a0€");
    expect(formatMoney("1234.56", "CHF", "de-CH")).toMatch(/^CHF\s1['’]234\.56$/);
    expect(formatMoney("1234.56", "EUR", "en-GB")).toBe("€1,234.56");
    expect(formatMoney("1234.5", "EUR", "de-DE")).toBe("1.234,50\u00a0€");
  });

  it("shows a dash for a missing amount", () => {
    expect(formatMoney(null, "EUR", "en-GB")).toBe("—");
  });
});

describe("calendar dates in each locale", () => {
  // Midnight UTC: a server west of Greenwich must not shift the contract date to the previous day.
  const newYear = new Date("2026-01-02T00:00:00Z");

  it("writes day before month in German and English", () => {
    expect(formatDate(newYear, "de-DE")).toBe("02.01.2026");
    expect(formatDate(newYear, "de-CH")).toBe("02.01.2026");
    expect(formatDate(newYear, "en-GB")).toBe("02/01/2026");
    expect(formatDate(null, "de-DE")).toBe("—");
  });

  it("shows moments in the office's time zone", () => {
    const moment = new Date("2026-07-01T10:30:00Z");
    expect(formatDateTime(moment, "de-DE")).toBe("01.07.26, 12:30");
    expect(formatDateTime(moment, "en-GB")).toBe("01/07/2026, 12:30");
  });
});

describe("file sizes", () => {
  it("uses the locale's decimal separator", () => {
    expect(formatBytes(512, "de-DE")).toBe("512 B");
    expect(formatBytes(2048, "de-DE")).toBe("2 KB");
    expect(formatBytes(1.5 * 1024 * 1024, "de-DE")).toBe("1,5 MB");
    expect(formatBytes(1.5 * 1024 * 1024, "en-GB")).toBe("1.5 MB");
  });
});
