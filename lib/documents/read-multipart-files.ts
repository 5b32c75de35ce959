import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { storeUploadedFile } from "../data/documents/store-uploaded-file";
import type { StoredAttachment } from "../data/tickets/types";
import type { Msg } from "../i18n/message-key";
import { deleteObject } from "../storage/delete-object";
import { titleFromFileName, uploadFileName } from "../validation/document-upload";
import { refusals, tooLarge, type UploadRefusal } from "./inspect-upload";
import { byteCap, declaredLength, multipartContentType, multipartParser, requestBodyStream } from "./multipart-form";

export type { StoredAttachment };

export type MultipartFilesOptions = {
  /** the folder (S3 prefix) the files go to; the caller checked the actor may write there */
  tenantId: string;
  customerId: string;
  /** files per request; more is refused with `tooManyFiles` */
  maxFiles: number;
  /** size limit per file (the tenant's, effectiveUploadLimit in lib/documents/upload-limits.ts) */
  maxFileBytes: number;
  tooManyFiles: Msg;
  /** text fields per request and bytes per field (UTF-8) */
  maxFields?: number;
  maxFieldBytes?: number;
};

// Multipart headers and boundaries around each file at the size limit.
const PART_OVERHEAD_BYTES = 16 * 1024;

// A tampered or broken form (our own forms stay within the limits), not a mistake a user can fix.
const badForm: UploadRefusal = { ok: false, error: "common.errors.checkInput", status: 400 };

/**
 * Streams a multipart/form-data request with text fields and 0..maxFiles files into S3, one file after
 * another, each through the magic-byte and size check (storeUploadedFile) under a new key in the
 * customer's prefix, and then calls `commit` with the fields and the stored files. Nothing is
 * buffered. Any refusal (type, size, name, too many files, broken or oversized form) and a commit
 * that refuses (`ok: false`) or throws delete every object this request stored, so a failed message
 * leaves nothing behind in the bucket. Knows no rules of its caller: fields are handed over unchecked.
 */
export async function readMultipartFiles<R extends { ok: boolean }>(
  request: Request,
  options: MultipartFilesOptions,
  commit: (fields: Record<string, string>, files: StoredAttachment[]) => Promise<R>,
): Promise<R | UploadRefusal> {
  const { tenantId, customerId, maxFiles, maxFileBytes, maxFields = 20, maxFieldBytes = 32 * 1024 } = options;
  const tooManyFiles: UploadRefusal = { ok: false, error: options.tooManyFiles, status: 400 };
  const maxBytes = maxFiles * (maxFileBytes + 1 + PART_OVERHEAD_BYTES) + maxFields * (maxFieldBytes + 1024) + 64 * 1024;

  const contentType = multipartContentType(request);
  if (!contentType) return badForm;
  if (declaredLength(request) > maxBytes) return tooLarge(maxFileBytes);
  const parser = multipartParser(contentType, {
    fields: maxFields,
    fieldSize: maxFieldBytes,
    // room for empty file inputs (ignored) next to the real files; beyond that the form is refused
    files: maxFiles * 2 + 1,
    parts: maxFields + maxFiles * 2 + 1,
    // one byte over the limit lets the inspector see that the file is too large; busboy drops the rest
    fileSize: maxFileBytes + 1,
  });
  if (!parser) return badForm;

  const fields: Record<string, string> = {};
  const stored: StoredAttachment[] = [];
  let refusal: UploadRefusal | null = null;
  const refuse = (reason: UploadRefusal) => {
    refusal ??= reason;
  };
  let files = 0;
  // files are stored strictly in turn: the next one waits (busboy holds its bytes back) until the last is in S3
  let queue: Promise<void> = Promise.resolve();

  async function store(fileName: string, body: Readable): Promise<void> {
    if (refusal) return; // after a refusal the rest is only drained
    const name = uploadFileName.safeParse(fileName);
    if (!name.success)
      return refuse({
        ok: false,
        error: (name.error.issues[0]?.message ?? "documents.errors.fileNameInvalid") as Msg,
        status: 400,
      });
    const result = await storeUploadedFile(tenantId, customerId, body, maxFileBytes, async (file) => file);
    if (!result.ok) return refuse(result);
    stored.push({ fileName: name.data, title: titleFromFileName(name.data), ...result.value });
  }

  parser.on("field", (name, value, info) => {
    // a cut-off text would be saved as if complete
    if (info.nameTruncated || info.valueTruncated) refuse(badForm);
    else fields[name] = value;
  });
  parser.on("fieldsLimit", () => refuse(badForm));
  parser.on("partsLimit", () => refuse(badForm));
  parser.on("filesLimit", () => refuse(tooManyFiles));
  parser.on("file", (_name, body, info) => {
    // a form that breaks off fails this stream, possibly before its turn in the queue comes
    body.on("error", () => undefined);
    // browsers send an <input type="file"> with nothing chosen as a part without a file name
    if (!info.filename) {
      body.resume();
      return;
    }
    files += 1;
    if (files > maxFiles) refuse(tooManyFiles);
    const fileName = info.filename;
    queue = queue
      .then(() => store(fileName, body))
      .catch(() => refuse(refusals.incomplete))
      // whatever the store left unread is drained, so the parser goes on to the next part
      .finally(() => body.resume());
  });

  let overCap = false;
  const parsed = await pipeline(
    requestBodyStream(request),
    byteCap(maxBytes, () => (overCap = true)),
    parser,
  ).then(
    () => true,
    () => false,
  );
  await queue;

  // `refusal` is assigned inside the listeners; TypeScript cannot see that.
  const refused = overCap ? tooLarge(maxFileBytes) : ((refusal as UploadRefusal | null) ?? (parsed ? null : refusals.incomplete));
  if (refused) {
    await removeObjects(stored);
    return refused;
  }
  try {
    const result = await commit(fields, stored);
    if (!result.ok) await removeObjects(stored);
    return result;
  } catch (error) {
    await removeObjects(stored);
    throw error;
  }
}

async function removeObjects(stored: StoredAttachment[]): Promise<void> {
  await Promise.all(
    stored.map((file) =>
      deleteObject(file.storageKey).catch(() => console.error(`[documents] orphaned object ${file.storageKey}`)),
    ),
  );
}
