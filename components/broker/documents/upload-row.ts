import type { Msg } from "@/lib/i18n/message-key";
import { titleFromFileName, type DOCUMENT_CATEGORIES } from "@/lib/validation/document-upload";

export type UploadPhase = "ready" | "uploading" | "done" | "failed" | "blocked";

/** One chosen file in the upload list with the metadata the broker gives it. */
export type UploadRow = {
  key: string;
  file: File;
  title: string;
  category: (typeof DOCUMENT_CATEGORIES)[number];
  documentDate: string;
  contractId: string;
  isVisibleToCustomer: boolean;
  phase: UploadPhase;
  /** 0..1 while uploading */
  progress: number;
  /** from the checks in the browser (too large, empty): a catalog key */
  error: Msg | null;
  /** the route's refusal, already translated on the server */
  serverError: string | null;
  fieldErrors: Record<string, Msg>;
};

export function newUploadRow(key: string, file: File, contractId: string): UploadRow {
  return {
    key,
    file,
    title: titleFromFileName(file.name),
    category: "OTHER",
    documentDate: "",
    contractId,
    isVisibleToCustomer: false,
    phase: "ready",
    progress: 0,
    error: null,
    serverError: null,
    fieldErrors: {},
  };
}

/** The multipart body: text fields first, the file last (the route streams the file as it arrives). */
export function uploadForm(row: UploadRow): FormData {
  const form = new FormData();
  form.append("title", row.title);
  form.append("category", row.category);
  form.append("documentDate", row.documentDate);
  form.append("isVisibleToCustomer", String(row.isVisibleToCustomer));
  form.append("contractId", row.contractId);
  form.append("file", row.file, row.file.name);
  return form;
}
