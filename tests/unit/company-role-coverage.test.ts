import { describe, expect, it } from "vitest";
import { isEmptyCoverage, matchesCoverage, NO_COVERAGE, unionCoverage } from "@/lib/company/role-coverage";
import type { EffectiveCoverage } from "@/lib/company/role-coverage-defaults";
import type { LineGroup } from "@/lib/db/generated/enums";

const contract = (
  line: { code: string; group: LineGroup } | null,
  flags: { pension?: boolean; confidential?: boolean } = {},
) => ({ line, isOccupationalPension: flags.pension ?? false, isConfidential: flags.confidential ?? false });

const MOTOR = { code: "051", group: "MOTOR" as const };
const HEALTH = { code: "020", group: "PERSONAL" as const };
const FIRE = { code: "080", group: "PROPERTY" as const };
const LIABILITY = { code: "040", group: "OTHER" as const };
const MACHINES = { code: "171", group: "PROPERTY" as const };

describe("unionCoverage", () => {
  it("gives nothing to a user manager, a group manager or a user without roles", () => {
    for (const roles of [[], ["USER_MANAGER"], ["GROUP_MANAGER"], ["USER_MANAGER", "GROUP_MANAGER"]] as const) {
      const coverage = unionCoverage(roles);
      expect(coverage).toEqual(NO_COVERAGE);
      expect(isEmptyCoverage(coverage)).toBe(true);
    }
  });

  it("maps each line role to its default lines", () => {
    expect(unionCoverage(["FLEET_MANAGER"])).toEqual({ ...NO_COVERAGE, lineGroups: ["MOTOR"] });
    expect(unionCoverage(["PERSONAL_LINES"])).toEqual({ ...NO_COVERAGE, lineGroups: ["PERSONAL"] });
    expect(unionCoverage(["OTHER_LINES"])).toEqual({
      ...NO_COVERAGE,
      lineGroups: ["OTHER", "PROPERTY"],
      unassignedLines: true,
    });
    expect(unionCoverage(["OCCUPATIONAL_PENSION"])).toEqual({
      ...NO_COVERAGE,
      occupationalPension: true,
      lineGroups: ["PENSION"],
    });
  });

  it("unites several roles field by field, without duplicates", () => {
    const coverage = unionCoverage(["FLEET_MANAGER", "PERSONAL_LINES", "FLEET_MANAGER", "GROUP_MANAGER"]);
    expect(coverage).toEqual({ ...NO_COVERAGE, lineGroups: ["MOTOR", "PERSONAL"] });
  });

  it("adds confidential contracts and every line only with full access", () => {
    const coverage = unionCoverage(["FULL_ACCESS"]);
    expect(coverage.confidential).toBe(true);
    expect(coverage.occupationalPension).toBe(true);
    expect(coverage.unassignedLines).toBe(true);
    expect(new Set(coverage.lineGroups)).toEqual(new Set(["PENSION", "PERSONAL", "MOTOR", "PROPERTY", "OTHER"]));
    expect(unionCoverage(["FLEET_MANAGER", "PERSONAL_LINES", "OTHER_LINES", "OCCUPATIONAL_PENSION"]).confidential).toBe(false);
  });

  it("uses the tenant's override instead of the default for that role only", () => {
    const overrides = {
      FLEET_MANAGER: { occupationalPension: false, lineGroups: ["MOTOR" as const], lineCodes: ["171"], unassignedLines: false },
    };
    expect(unionCoverage(["FLEET_MANAGER"], overrides)).toEqual({
      ...NO_COVERAGE,
      lineGroups: ["MOTOR"],
      lineCodes: ["171"],
    });
    expect(unionCoverage(["PERSONAL_LINES"], overrides)).toEqual({ ...NO_COVERAGE, lineGroups: ["PERSONAL"] });
  });
});

describe("matchesCoverage", () => {
  const fleet = unionCoverage(["FLEET_MANAGER"]);
  const personal = unionCoverage(["PERSONAL_LINES"]);
  const pension = unionCoverage(["OCCUPATIONAL_PENSION"]);
  const other = unionCoverage(["OTHER_LINES"]);
  const full = unionCoverage(["FULL_ACCESS"]);

  it("lets a fleet manager see motor contracts only", () => {
    expect(matchesCoverage(contract(MOTOR), fleet)).toBe(true);
    for (const line of [HEALTH, FIRE, LIABILITY, MACHINES, null]) expect(matchesCoverage(contract(line), fleet)).toBe(false);
  });

  it("shows a pension-flagged contract only with the pension role, whatever its line", () => {
    const bav = contract(HEALTH, { pension: true });
    expect(matchesCoverage(bav, pension)).toBe(true);
    expect(matchesCoverage(bav, personal)).toBe(false);
    expect(matchesCoverage(contract(HEALTH), pension)).toBe(false);
    expect(matchesCoverage(contract(HEALTH), personal)).toBe(true);
  });

  it("gives other lines the property and other groups and contracts without a line", () => {
    for (const line of [FIRE, LIABILITY, MACHINES, null]) expect(matchesCoverage(contract(line), other)).toBe(true);
    for (const line of [MOTOR, HEALTH]) expect(matchesCoverage(contract(line), other)).toBe(false);
  });

  it("matches a broker's extra line code", () => {
    const fleetWithMachines: EffectiveCoverage = { ...fleet, lineCodes: ["171"] };
    expect(matchesCoverage(contract(MACHINES), fleetWithMachines)).toBe(true);
    expect(matchesCoverage(contract(FIRE), fleetWithMachines)).toBe(false);
  });

  it("hides confidential contracts from everyone but full access", () => {
    const secret = contract(MOTOR, { confidential: true });
    expect(matchesCoverage(secret, fleet)).toBe(false);
    expect(matchesCoverage(secret, unionCoverage(["FLEET_MANAGER", "PERSONAL_LINES", "OTHER_LINES"]))).toBe(false);
    expect(matchesCoverage(secret, full)).toBe(true);
  });

  it("matches nothing with empty coverage", () => {
    for (const line of [MOTOR, HEALTH, FIRE, LIABILITY, null]) expect(matchesCoverage(contract(line), NO_COVERAGE)).toBe(false);
    expect(matchesCoverage(contract(HEALTH, { pension: true }), NO_COVERAGE)).toBe(false);
  });
});
