import {
  hiddenLevels,
  PORTAL_MODULES,
  type PortalModuleKey,
  type ReleaseLevelKey,
  type ReleaseLevels,
} from "../../validation/releases";

/** What an audit entry of a release change holds: per changed module its old and new level. */
export type ReleaseChanges = Partial<Record<PortalModuleKey, [ReleaseLevelKey, ReleaseLevelKey]>>;

export function releaseChanges(before: ReleaseLevels, after: ReleaseLevels): ReleaseChanges {
  const changes: ReleaseChanges = {};
  for (const m of PORTAL_MODULES) if (before[m] !== after[m]) changes[m] = [before[m], after[m]];
  return changes;
}

/** Rows as stored (a missing row is HIDDEN, the default of "nothing released") turned into a full matrix. */
export function levelsFromRows(rows: { module: PortalModuleKey; level: ReleaseLevelKey }[]): ReleaseLevels {
  const levels = hiddenLevels();
  for (const r of rows) levels[r.module] = r.level;
  return levels;
}
