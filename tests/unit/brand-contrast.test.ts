import { colord } from "colord";
import { describe, expect, it } from "vitest";
import { checkBrandContrast, contrastRatio, MIN_CONTRAST } from "@/lib/tenant/contrast";

const DEFAULTS = { primaryColor: "#1d4ed8", secondaryColor: "#0f766e", textColor: "#0f172a" };
const hue = (hex: string) => colord(hex).toHsl().h;

describe("brand colour contrast check", () => {
  it("flags white text on light yellow and proposes a darker yellow that passes AA", () => {
    const problems = checkBrandContrast({ ...DEFAULTS, primaryColor: "#fff59d" });
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ pair: "onPrimary" });
    expect(problem!.ratio).toBeLessThan(1.5);
    expect(problem!.suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio("#ffffff", problem!.suggestion)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // same hue, only darker: still recognisably the brand's yellow
    expect(Math.abs(hue(problem!.suggestion) - hue("#fff59d"))).toBeLessThanOrEqual(3);
    expect(colord(problem!.suggestion).toHsl().l).toBeLessThan(colord("#fff59d").toHsl().l);
  });

  it("lets the default colours pass", () => {
    expect(checkBrandContrast(DEFAULTS)).toEqual([]);
  });

  it("flags a light grey text colour on the white and slate-50 pages", () => {
    const problems = checkBrandContrast({ ...DEFAULTS, textColor: "#aaaaaa" });
    expect(problems.map((p) => p.pair)).toEqual(["bodyText"]);
    const suggestion = problems[0]!.suggestion;
    expect(contrastRatio(suggestion, "#ffffff")).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio(suggestion, "#f8fafc")).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it("flags a pale secondary colour under white accent text", () => {
    const problems = checkBrandContrast({ ...DEFAULTS, secondaryColor: "#a7f3d0" });
    expect(problems.map((p) => p.pair)).toEqual(["onSecondary"]);
    expect(contrastRatio("#ffffff", problems[0]!.suggestion)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it("proposes the nearest passing shade, not black", () => {
    // #3b82f6 (3.68:1) needs only a few steps darker
    const [problem] = checkBrandContrast({ ...DEFAULTS, primaryColor: "#3b82f6" });
    expect(problem!.suggestion).not.toBe("#000000");
    expect(contrastRatio("#ffffff", problem!.suggestion)).toBeLessThan(6);
  });

  it("skips colours that are not complete hex values yet", () => {
    expect(checkBrandContrast({ primaryColor: "#fff5", secondaryColor: "gelb", textColor: "" })).toEqual([]);
  });
});
