import { z } from "zod";
import { columnMappingSchema } from "../import/column-mapping";
import { IMPORT_KINDS } from "../import/import-fields";
import { MAX_SOURCE_LENGTH } from "../import/limits";

// Messages are catalog keys (lib/i18n/messages/*/import.json).
export const importRequest = z.object({
  kind: z.enum(IMPORT_KINDS, { error: "import.errors.kindInvalid" }),
  /** the system the file comes from, e.g. "Ameise-Export"; the mapping is remembered per source and kind */
  source: z
    .string()
    .trim()
    .min(1, "import.errors.sourceRequired")
    .max(MAX_SOURCE_LENGTH, "import.errors.sourceTooLong")
    .transform((v) => v.replace(/\s+/g, " ")),
  /** left out on the first preview: then the remembered or suggested mapping is used */
  mapping: columnMappingSchema.nullable().default(null),
});

export type ImportRequest = z.input<typeof importRequest>;
