import { describe, expect, it } from "vitest";
import { annualPremiumCents, toCents } from "@/lib/portal/annual-premium";

describe("annual premium", () => {
  it("turns a monthly 54,00 € into 648,00 € a year", () => {
    expect(annualPremiumCents("54.00", "MONTHLY")).toBe(64_800);
  });

  it("turns a half-yearly 182,07 € into 364,14 € a year without rounding drift", () => {
    expect(annualPremiumCents("182.07", "HALF_YEARLY")).toBe(36_414);
  });

  it("counts quarterly instalments four times and yearly ones once", () => {
    expect(annualPremiumCents("25.10", "QUARTERLY")).toBe(10_040);
    expect(annualPremiumCents("1234.5", "YEARLY")).toBe(123_450);
  });

  it("does not annualise single premiums or contracts without premium or frequency", () => {
    expect(annualPremiumCents("5000.00", "SINGLE")).toBeNull();
    expect(annualPremiumCents(null, "MONTHLY")).toBeNull();
    expect(annualPremiumCents("10.00", null)).toBeNull();
  });

  it("refuses text that is not an amount instead of guessing", () => {
    expect(() => toCents("12,50")).toThrow();
    expect(toCents("0.1")).toBe(10);
  });
});
