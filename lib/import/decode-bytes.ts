export type CsvEncoding = "utf-8" | "windows-1252";

/**
 * CSV bytes to text: UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, otherwise
 * Windows-1252 — what German Excel writes with "CSV (Trennzeichen-getrennt)". Both decoders are
 * built into TextDecoder, so umlauts survive either way.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
