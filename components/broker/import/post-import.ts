import type { ColumnMapping } from "@/lib/import/column-mapping";
import type { ImportKind } from "@/lib/import/import-fields";
import type { ImportOutcome } from "@/lib/import/import-result";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";

export type ImportUpload = { file: File; kind: ImportKind; source: string; mapping: ColumnMapping | null };

/** Sends the kept File to /api/import for a preview or the import; any failure becomes a message key. */
export async function postImport<T>(step: "preview" | "run", upload: ImportUpload): Promise<ImportOutcome<T>> {
  const body = new FormData();
  body.set("step", step);
  body.set("kind", upload.kind);
  body.set("source", upload.source);
  if (upload.mapping) body.set("mapping", JSON.stringify(upload.mapping));
  body.set("file", upload.file);
  try {
    const response = await fetch("/api/import", { method: "POST", body, credentials: "same-origin" });
    if (response.headers.get("content-type")?.includes("application/json")) return (await response.json()) as ImportOutcome<T>;
    if (response.status === 413) {
      return { ok: false, error: { key: "import.errors.fileTooLarge", values: { maxMb: MAX_IMPORT_BYTES / 1_000_000 } } };
    }
    return { ok: false, error: "common.errors.unexpected" };
  } catch {
    return { ok: false, error: "import.errors.uploadFailed" };
  }
}
