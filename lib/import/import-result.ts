// What the import route answers; the wizard (components/broker/import) renders these.
import type { Msg } from "../i18n/message-key";
import type { MappingProblem } from "./check-mapping";
import type { ColumnMapping, MappingOrigin } from "./column-mapping";
import type { CsvEncoding } from "./decode-bytes";
import type { ImportField, ImportKind } from "./import-fields";
import type { ImportPlan, RowError } from "./plan-import";

export type ImportCounts = {
  customersCreated: number;
  customersUpdated: number;
  customersUnchanged: number;
  contractsCreated: number;
  contractsUpdated: number;
  contractsUnchanged: number;
  insurersAdded: number;
};

export type ImportPreview = {
  kind: ImportKind;
  source: string;
  encoding: CsvEncoding;
  headers: string[];
  /** the first few non-empty values of each column, for the mapping step */
  samples: string[][];
  fields: ImportField[];
  mapping: ColumnMapping;
  mappingOrigin: MappingOrigin;
  /** when not empty, nothing was checked row by row yet */
  mappingProblems: MappingProblem[];
  rowCount: number;
  validRows: number;
  errorRows: number;
  /** bad rows' problems, the first MAX_REPORTED_ERROR_ROWS rows */
  errors: RowError[];
  counts: ImportCounts;
};

export type ImportReport = Pick<ImportPreview, "kind" | "source" | "rowCount" | "validRows" | "errorRows" | "errors" | "counts">;

export type ImportOutcome<T> = { ok: true; data: T } | { ok: false; error: Msg; mappingProblems?: MappingProblem[] };

export function countsOf(plan: ImportPlan | null): ImportCounts {
  return {
    customersCreated: plan?.customers.create.length ?? 0,
    customersUpdated: plan?.customers.update.length ?? 0,
    customersUnchanged: plan?.customers.unchanged ?? 0,
    contractsCreated: plan?.contracts.create.length ?? 0,
    contractsUpdated: plan?.contracts.update.length ?? 0,
    contractsUnchanged: plan?.contracts.unchanged ?? 0,
    insurersAdded: plan?.newInsurers.size ?? 0,
  };
}

/** The problems of the first `maxRows` bad rows (a file full of errors must not produce a huge answer). */
export function firstErrorRows(errors: RowError[], maxRows: number): RowError[] {
  const rows = new Set<number>();
  return errors.filter((e) => {
    if (!rows.has(e.row) && rows.size >= maxRows) return false;
    rows.add(e.row);
    return true;
  });
}
