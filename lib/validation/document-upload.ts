import { z } from "zod";

// Messages are catalog keys (lib/i18n/messages/*/documents.json).
export const DOCUMENT_CATEGORIES = [
  "POLICY",
  "ENDORSEMENT",
  "INVOICE",
  "CORRESPONDENCE",
  "BROKER_MANDATE",
  "CLAIM",
  "IDENTIFICATION",
  "CONSENT",
  "OTHER",
] as const;

export const DOCUMENT_TITLE_MAX = 200;
const FILE_NAME_MAX = 255;

// Path separators would let a name pretend to be a path; C0/C1 controls and bidi overrides can hide
// the real extension ("rechnung\u202Efdp.exe") or break headers and logs.
const PATH_PART = /[/\\]|^\.{1,2}$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The original file name as shown to users; it never reaches a storage key (security.md 14). */
export const uploadFileName = z
  .string()
  .transform((v) => v.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "documents.errors.fileNameInvalid")
      .max(FILE_NAME_MAX, "documents.errors.fileNameTooLong")
      .refine((v) => !PATH_PART.test(v) && !CONTROL.test(v), "documents.errors.fileNameInvalid"),
  );

/** "Police 2026.pdf" → "Police 2026": the title a document gets when the broker types none. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim().slice(0, DOCUMENT_TITLE_MAX);
}

const calendarDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value || date.getUTCFullYear() < 1900) {
      ctx.addIssue({ code: "custom", message: "documents.validation.dateInvalid" });
      return z.NEVER;
    }
    return date;
  });

/**
 * The metadata sent with each uploaded file, as multipart text fields (hence strings). The same
 * schema checks the row in the upload form before anything is sent.
 */
export const documentUploadFields = z.object({
  title: z.string().trim().max(DOCUMENT_TITLE_MAX, "documents.validation.titleTooLong").default(""),
  category: z.enum(DOCUMENT_CATEGORIES, { error: "documents.validation.categoryInvalid" }).default("OTHER"),
  documentDate: calendarDate.default(null),
  isVisibleToCustomer: z
    .enum(["true", "false"], { error: "common.errors.checkInput" })
    .default("false")
    .transform((v) => v === "true"),
  contractId: z
    .string()
    .trim()
    .default("")
    .transform((v) => v || null)
    .pipe(z.uuid("documents.validation.contractInvalid").nullable()),
});
export type DocumentUploadFields = z.input<typeof documentUploadFields>;
export type DocumentUploadData = z.output<typeof documentUploadFields>;

export const documentVisibilityInput = z.object({ documentId: z.uuid(), isVisibleToCustomer: z.boolean() });
export type DocumentVisibilityInput = z.input<typeof documentVisibilityInput>;
