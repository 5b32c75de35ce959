import type { CompanyRole, LineGroup } from "../db/generated/enums";

/** Which contracts one role set covers. The union of several roles is the field-wise OR. */
export type RoleCoverage = {
  /** contracts flagged as occupational pension (bAV/BVG), whatever their line */
  occupationalPension: boolean;
  /** non-pension contracts whose line belongs to one of these groups */
  lineGroups: LineGroup[];
  /** non-pension contracts with one of these GDV line codes (broker's additions, e.g. "171" machines for fleet) */
  lineCodes: string[];
  /** non-pension contracts without a line of business */
  unassignedLines: boolean;
};

/** Coverage plus the two fixed flags that are not adjustable per tenant. */
export type EffectiveCoverage = RoleCoverage & {
  /** contracts flagged confidential, contract-less items and general company documents (FULL_ACCESS only) */
  confidential: boolean;
};

/**
 * The four roles whose line mapping a broker may adjust (one CompanyRoleCoverage row each). FULL_ACCESS
 * ("Kompletter Zugriff") always means everything, GROUP_MANAGER and USER_MANAGER carry no lines.
 */
export const LINE_ROLES = [
  "OCCUPATIONAL_PENSION",
  "PERSONAL_LINES",
  "FLEET_MANAGER",
  "OTHER_LINES",
] as const satisfies readonly CompanyRole[];
export type LineRole = (typeof LINE_ROLES)[number];

export const ALL_LINE_GROUPS: LineGroup[] = ["PENSION", "PERSONAL", "MOTOR", "PROPERTY", "OTHER"];

// Wording of the winVS seed document (seeds/001): "Berufliche Vorsorge (BVG)", "Personenversicherungen ohne
// BVG", "Flottenmanager (Motorfahrzeuge, eventuell Maschinen)", "sämtliche Policen ohne Personen, BVG, Flotte",
// "Kompletter Zugriff". Pension is the contract flag, not a line group: a bAV contract can be on line 010.
export const DEFAULT_ROLE_COVERAGE: Record<LineRole, RoleCoverage> = {
  OCCUPATIONAL_PENSION: { occupationalPension: true, lineGroups: ["PENSION"], lineCodes: [], unassignedLines: false },
  PERSONAL_LINES: { occupationalPension: false, lineGroups: ["PERSONAL"], lineCodes: [], unassignedLines: false },
  FLEET_MANAGER: { occupationalPension: false, lineGroups: ["MOTOR"], lineCodes: [], unassignedLines: false },
  OTHER_LINES: { occupationalPension: false, lineGroups: ["PROPERTY", "OTHER"], lineCodes: [], unassignedLines: true },
};

export const FULL_COVERAGE: RoleCoverage = {
  occupationalPension: true,
  lineGroups: ALL_LINE_GROUPS,
  lineCodes: [],
  unassignedLines: true,
};

export function isLineRole(role: CompanyRole): role is LineRole {
  return (LINE_ROLES as readonly CompanyRole[]).includes(role);
}
