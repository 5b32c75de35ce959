import "server-only";
import { db } from "../../db/client";
import { keyBelongsToTenant } from "../../storage/object-key";
import { resolvedDocumentAccessWhere } from "../documents/document-access";
import { DOCUMENT_ROW_SELECT } from "../documents/document-row-select";
import { day, EXPORT_LIMIT, iso, type ContractRef, type CustomerContext } from "./export-values";

/** One document file of the ZIP: where it goes and which S3 object it is read from. */
export type ExportFile = { path: string; storageKey: string; contentType: string };

const DOCUMENTS_DIR = "dokumente";

/** The visible documents' details for daten.json and the files the ZIP gets under dokumente/. */
export async function exportDocuments(ctx: CustomerContext, contractRef: ContractRef) {
  const rows = await db.document.findMany({
    where: await resolvedDocumentAccessWhere(ctx),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: { ...DOCUMENT_ROW_SELECT, storageKey: true },
  });
  const files: ExportFile[] = [];
  const usedPaths = new Set<string>();
  const entries = rows.map((d) => {
    let file: string | null = null;
    if (keyBelongsToTenant(d.storageKey, ctx.tenant.id)) {
      file = uniquePath(`${DOCUMENTS_DIR}/${day(d.documentDate ?? d.createdAt)}_${sanitizeFileName(d.fileName)}`, usedPaths);
      files.push({ path: file, storageKey: d.storageKey, contentType: d.contentType });
    }
    return {
      id: d.id,
      title: d.title,
      category: d.category,
      fileName: d.fileName,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      documentDate: day(d.documentDate),
      addedAt: iso(d.createdAt),
      uploadedBy: d.origin === "CUSTOMER" ? "customer" : "broker",
      ...contractRef(d.contractId),
      file,
    };
  });
  return { entries, files };
}

/**
 * A file name safe in every unzip tool: no path parts, no control or reserved characters, at most
 * 120 characters, extension kept. Letters with umlauts stay (the ZIP marks names as UTF-8).
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._ -]+/gu, "_")
    .replace(/\s+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[._-]+/, "");
  const dot = cleaned.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [cleaned.slice(0, dot), cleaned.slice(dot).slice(0, 10)] : [cleaned, ""];
  return `${stem.slice(0, 120 - ext.length) || "dokument"}${ext}`;
}

/** "a.pdf", then "a-2.pdf", "a-3.pdf" … (case-insensitive: Windows and macOS would clash otherwise). */
function uniquePath(path: string, used: Set<string>): string {
  const dot = path.lastIndexOf(".");
  const slash = path.lastIndexOf("/");
  const [stem, ext] = dot > slash ? [path.slice(0, dot), path.slice(dot)] : [path, ""];
  let candidate = path;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
