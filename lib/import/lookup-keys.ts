import { rowReader, type ColumnMapping } from "./column-mapping";
import { resolveInsurer } from "./contract-row";
import type { CatalogLookup, LookupKeys } from "./import-lookup";
import type { CsvRow } from "./parse-csv";
import { importKeyOf } from "./plan-import";
import { policyKey } from "./parse-values";

/** The customer numbers, e-mails and contract keys a file mentions: what the lookup has to load. */
export function lookupKeys(
  csv: { headers: string[]; rows: CsvRow[] },
  mapping: ColumnMapping,
  catalog: CatalogLookup,
): LookupKeys {
  const read = rowReader(csv.headers, mapping);
  const customerNumbers = new Set<string>();
  const emails = new Set<string>();
  const importKeys = new Set<string>();
  const policyNumbers = new Set<string>();
  for (const { cells } of csv.rows) {
    const row = read(cells);
    if (row.customerNumber) customerNumbers.add(row.customerNumber);
    if (row.email) emails.add(row.email.toLowerCase());
    if (!row.policyNumber || !row.insurer) continue;
    const policy = policyKey(row.policyNumber);
    // stored by hand as written, so both spellings are looked up
    policyNumbers.add(row.policyNumber).add(policy);
    const insurer = resolveInsurer(row.insurer, catalog);
    if ("id" in insurer) importKeys.add(importKeyOf(policy, insurer.id));
  }
  return {
    customerNumbers: [...customerNumbers],
    emails: [...emails],
    importKeys: [...importKeys],
    policyNumbers: [...policyNumbers],
  };
}
