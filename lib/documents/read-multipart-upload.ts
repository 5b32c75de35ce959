import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { refusals, type UploadRefusal } from "./inspect-upload";
import { declaredLength, multipartContentType, multipartParser, requestBodyStream } from "./multipart-form";
import { MAX_UPLOAD_BYTES } from "./upload-limits";

/** One uploaded file with the text fields that came before it in the form. */
export type MultipartFile = { fileName: string; body: Readable; fields: Record<string, string> };

// Room for the metadata fields and multipart boundaries around a file at the size limit.
const FORM_OVERHEAD_BYTES = 64 * 1024;

const noFile: UploadRefusal = { ok: false, error: "documents.errors.noFile", status: 400 };

/**
 * Streams a multipart/form-data request (one file per request, metadata fields before the file) into
 * `handle` without buffering the file. Whatever `handle` leaves unread is drained so the parser
 * finishes; a request that declares more than the limit is refused before it is read.
 */
export async function readMultipartUpload<R>(
  request: Request,
  handle: (file: MultipartFile) => Promise<R>,
): Promise<R | UploadRefusal> {
  const contentType = multipartContentType(request);
  if (!contentType) return noFile;
  if (declaredLength(request) > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) return refusals.tooLarge;

  // one byte over the limit lets the inspector see that the file is too large; busboy drops the rest
  const parser = multipartParser(contentType, {
    files: 1,
    fields: 10,
    fieldSize: 1_000,
    parts: 12,
    fileSize: MAX_UPLOAD_BYTES + 1,
  });
  if (!parser) return noFile; // no or malformed boundary

  const fields: Record<string, string> = {};
  let handled: Promise<R> | null = null;
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (_name, body, info) => {
    // a form that breaks off fails this stream, possibly before the handler listens to it
    body.on("error", () => undefined);
    handled = handle({ fileName: info.filename ?? "", body, fields: { ...fields } }).finally(() => body.resume());
    // the caller sees a rejection when it awaits the result; until then it is not "unhandled"
    handled.catch(() => undefined);
  });

  const parsed = await pipeline(requestBodyStream(request), parser).then(
    () => true,
    () => false,
  );
  // `handled` is assigned inside the 'file' listener; TypeScript cannot see that.
  const result = handled as Promise<R> | null;
  if (result) return result; // on a broken form the handler saw its file stream fail and says so
  return parsed ? noFile : refusals.incomplete;
}
