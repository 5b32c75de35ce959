import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { refusals, tooLarge, type UploadRefusal } from "./inspect-upload";
import { declaredLength, multipartContentType, multipartParser, requestBodyStream } from "./multipart-form";

/**
 * One uploaded file with the text fields that came before it in the form. `maxBytes` is the limit the
 * body was cut off at (one byte over it): whoever stores the body must refuse it beyond that limit.
 */
export type MultipartFile = { fileName: string; body: Readable; fields: Record<string, string>; maxBytes: number };

// Room for the metadata fields and multipart boundaries around a file at the size limit.
const FORM_OVERHEAD_BYTES = 64 * 1024;

const noFile: UploadRefusal = { ok: false, error: "documents.errors.noFile", status: 400 };

/**
 * Streams a multipart/form-data request (one file per request, metadata fields before the file) into
 * `handle` without buffering the file. Whatever `handle` leaves unread is drained so the parser
 * finishes; a request that declares more than the limit is refused before it is read. `maxBytes` is
 * the file size limit (the tenant's, effectiveUploadLimit in lib/documents/upload-limits.ts).
 */
export async function readMultipartUpload<R>(
  request: Request,
  maxBytes: number,
  handle: (file: MultipartFile) => Promise<R>,
): Promise<R | UploadRefusal> {
  const contentType = multipartContentType(request);
  if (!contentType) return noFile;
  if (declaredLength(request) > maxBytes + FORM_OVERHEAD_BYTES) return tooLarge(maxBytes);

  // one byte over the limit lets the inspector see that the file is too large; busboy drops the rest
  const parser = multipartParser(contentType, {
    files: 1,
    fields: 10,
    fieldSize: 1_000,
    parts: 12,
    fileSize: maxBytes + 1,
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
    handled = handle({ fileName: info.filename ?? "", body, fields: { ...fields }, maxBytes }).finally(() => body.resume());
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
