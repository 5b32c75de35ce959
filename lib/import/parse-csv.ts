import { CsvError, parse } from "csv-parse/sync";
import type { Msg } from "../i18n/message-key";
import { decodeCsvBytes, type CsvEncoding } from "./decode-bytes";
import { detectDelimiter, type Delimiter } from "./detect-delimiter";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";

/** One data row; `line` is where it starts in the file (the header is line 1), as an editor shows it. */
export type CsvRow = { line: number; cells: string[] };

export type ParsedCsv = {
  headers: string[];
  rows: CsvRow[];
  encoding: CsvEncoding;
  delimiter: Delimiter;
};

type Record_ = { record: string[]; raw: string; info: { lines: number } };

/** Decodes, detects the delimiter and splits the file; refuses empty, oversized and broken files with a message key. */
export function parseCsv(bytes: Uint8Array): { ok: true; csv: ParsedCsv } | { ok: false; error: Msg } {
  if (bytes.byteLength === 0) return { ok: false, error: "import.errors.fileEmpty" };
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, error: { key: "import.errors.fileTooLarge", values: { maxMb: MAX_IMPORT_BYTES / 1_000_000 } } };
  }
  const decoded = decodeCsvBytes(bytes);
  // One line-ending convention, so line numbers count what an editor shows (CRLF, LF and old Mac CR).
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(text.split("\n", 1)[0] ?? "");

  let records: Record_[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as Record_[];
  } catch (error) {
    if (error instanceof CsvError) {
      return { ok: false, error: { key: "import.errors.fileBroken", values: { line: brokenLine(text, error) } } };
    }
    throw error;
  }

  const [header, ...data] = records;
  if (!header || header.record.every((h) => h.trim() === "")) return { ok: false, error: "import.errors.noHeader" };
  const headers = uniqueHeaders(header.record);
  const rows = data
    .map((r) => ({ line: startLine(r), cells: r.record.map((c) => c.trim()) }))
    // Excel exports trailing ";;;;" lines for formatted but empty rows; they are not data.
    .filter((r) => r.cells.some((c) => c !== ""));
  if (rows.length === 0) return { ok: false, error: "import.errors.noRows" };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, error: { key: "import.errors.tooManyRows", values: { max: MAX_IMPORT_ROWS } } };
  }
  return { ok: true, csv: { headers, rows, encoding: decoded.encoding, delimiter } };
}

/**
 * csv-parse stops at the end of the file when a quote is never closed; the broken record starts
 * after the last complete one (`bytes_records`, a UTF-8 byte offset), which is what the broker must fix.
 */
function brokenLine(text: string, error: CsvError): number {
  const offset = Number((error as CsvError & { bytes_records?: number }).bytes_records);
  if (!Number.isFinite(offset)) return Number(error.lines) || 1;
  let line = 1;
  for (const byte of new TextEncoder().encode(text).subarray(0, offset)) if (byte === 0x0a) line++;
  return line;
}

/** csv-parse reports the line a record ends on; a quoted cell with line breaks starts earlier. */
function startLine(r: Record_): number {
  const body = r.raw.replace(/^\n+/, "").replace(/\n$/, "");
  let breaks = 0;
  for (const char of body) if (char === "\n") breaks++;
  return r.info.lines - breaks;
}

/** Trimmed header names; an empty or repeated name gets a suffix so every column can be told apart. */
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((value, index) => {
    const base = value.trim() || `#${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
