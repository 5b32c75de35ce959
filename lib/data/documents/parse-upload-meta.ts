import "server-only";
import type { z } from "zod";
import type { UploadRefusal } from "../../documents/inspect-upload";
import type { MultipartFile } from "../../documents/read-multipart-upload";
import type { Msg } from "../../i18n/message-key";
import { titleFromFileName, uploadFileName } from "../../validation/document-upload";

/** An upload's checked file name, its metadata fields and the title it gets (typed, or from the file name). */
export type UploadMeta<T> = { ok: true; fileName: string; title: string; meta: T };

/** A refusal of an upload: a catalog key and 400 (bad input) or 403 (not allowed). */
export const refuseUpload = (error: Msg, status: 400 | 403 = 400): UploadRefusal => ({ ok: false, error, status });

/**
 * Checks the file name and the multipart text fields of an upload before any byte is stored;
 * `fields` is the form's schema (it must have a `title`, empty when the user typed none).
 */
export function parseUploadMeta<S extends z.ZodType<{ title: string }>>(
  file: Pick<MultipartFile, "fileName" | "fields">,
  fields: S,
): UploadMeta<z.output<S>> | UploadRefusal {
  const fileName = uploadFileName.safeParse(file.fileName);
  if (!fileName.success) return refuseUpload((fileName.error.issues[0]?.message ?? "documents.errors.fileNameInvalid") as Msg);
  const parsed = fields.safeParse(file.fields);
  if (!parsed.success) return refuseUpload((parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg);
  return { ok: true, fileName: fileName.data, title: parsed.data.title || titleFromFileName(fileName.data), meta: parsed.data };
}
