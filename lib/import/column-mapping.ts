import { z } from "zod";
import { suggestMapping } from "./header-synonyms";
import { ALL_IMPORT_FIELDS, type ImportField } from "./import-fields";

/**
 * Which file column feeds which field, keyed by the column's header text — so a remembered mapping
 * still fits when a later export of the same source orders its columns differently.
 */
export type ColumnMapping = Record<string, ImportField>;

export const columnMappingSchema = z.record(
  z.string().max(200, "import.errors.mappingInvalid"),
  z.enum(ALL_IMPORT_FIELDS as [ImportField, ...ImportField[]], { error: "import.errors.mappingInvalid" }),
  { error: "import.errors.mappingInvalid" },
);

/** What ImportProfile.mapping stores. */
export const storedMappingSchema = z.object({ columns: columnMappingSchema });

export type MappingOrigin = "profile" | "suggested" | "given";

/**
 * The mapping for this file: the one the broker sent, else the remembered one of this source (only
 * columns the file still has), topped up with suggestions for columns the profile did not know.
 */
export function resolveMapping(
  headers: readonly string[],
  fields: readonly ImportField[],
  given: ColumnMapping | null,
  remembered: ColumnMapping | null,
): { mapping: ColumnMapping; origin: MappingOrigin } {
  if (given) return { mapping: keepKnown(given, headers, fields), origin: "given" };
  if (!remembered) return { mapping: suggestMapping(headers, fields), origin: "suggested" };
  const kept = keepKnown(remembered, headers, fields);
  const used = new Set(Object.values(kept));
  const rest = headers.filter((h) => !kept[h]);
  const extra = suggestMapping(
    rest,
    fields.filter((f) => !used.has(f)),
  );
  return { mapping: { ...kept, ...extra }, origin: "profile" };
}

function keepKnown(mapping: ColumnMapping, headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([h, f]) => headers.includes(h) && fields.includes(f)));
}

/** Row cells by target field (trimmed, empty cells left out), for the columns the mapping uses. */
export type MappedRow = Partial<Record<ImportField, string>>;

export function rowReader(headers: readonly string[], mapping: ColumnMapping): (cells: readonly string[]) => MappedRow {
  const columns = headers.flatMap((h, i) => (mapping[h] ? [[i, mapping[h]] as const] : []));
  return (cells) => {
    const row: MappedRow = {};
    for (const [i, field] of columns) {
      const value = cells[i]?.trim();
      if (value) row[field] = value;
    }
    return row;
  };
}
