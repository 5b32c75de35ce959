import type { Msg } from "../i18n/message-key";
import type { ColumnMapping } from "./column-mapping";
import { REQUIRED_FIELDS, type ImportField, type ImportKind } from "./import-fields";

// Kept apart from column-mapping.ts so the mapping step in the browser checks without zod and the
// synonym tables.
export type MappingProblem = { field: ImportField; message: Msg };

/** Every required field mapped, no field fed by two columns, none the actor may not import. */
export function checkMapping(mapping: ColumnMapping, kind: ImportKind, allowed: readonly ImportField[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const counts = new Map<ImportField, number>();
  for (const field of Object.values(mapping)) counts.set(field, (counts.get(field) ?? 0) + 1);
  for (const field of REQUIRED_FIELDS[kind]) {
    if (!counts.has(field)) problems.push({ field, message: "import.mapping.requiredMissing" });
  }
  for (const [field, count] of counts) {
    if (!allowed.includes(field)) problems.push({ field, message: "import.mapping.notAllowed" });
    else if (count > 1) problems.push({ field, message: "import.mapping.usedTwice" });
  }
  return problems;
}
