import "server-only";
import { db } from "../../db/client";
import { countsOf, firstErrorRows, type ImportOutcome, type ImportPreview } from "../../import/import-result";
import { MAX_REPORTED_ERROR_ROWS, SAMPLE_VALUES } from "../../import/limits";
import type { ImportRequest } from "../../validation/import";
import type { RequestContext } from "../context/types";
import { requireImporter } from "./import-access";
import { planPreparedImport, prepareImport } from "./prepare-import";

/**
 * Step 2 and 3 of the import: the file's columns with sample values, the mapping in use, and — once
 * every required field is mapped — what importing would do, with every bad row and its reasons.
 * Writes nothing. Needs staff with "edit customer data".
 */
export async function previewImport(
  ctx: RequestContext | null,
  bytes: Uint8Array,
  input: ImportRequest,
): Promise<ImportOutcome<ImportPreview>> {
  requireImporter(ctx);
  const result = await prepareImport(ctx, bytes, input);
  if (!result.ok) return result;
  const prepared = result.prepared;
  const plan = prepared.problems.length === 0 ? await planPreparedImport(db, ctx, prepared) : null;
  const { headers, rows, encoding } = prepared.csv;
  return {
    ok: true,
    data: {
      kind: prepared.kind,
      source: prepared.source,
      encoding,
      headers,
      samples: headers.map((_, i) =>
        rows
          .map((r) => r.cells[i] ?? "")
          .filter((v) => v !== "")
          .slice(0, SAMPLE_VALUES),
      ),
      fields: prepared.fields,
      mapping: prepared.mapping,
      mappingOrigin: prepared.origin,
      mappingProblems: prepared.problems,
      rowCount: rows.length,
      validRows: plan?.validRows ?? 0,
      errorRows: plan?.errorRows ?? 0,
      errors: firstErrorRows(plan?.errors ?? [], MAX_REPORTED_ERROR_ROWS),
      counts: countsOf(plan),
    },
  };
}
