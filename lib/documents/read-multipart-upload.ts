import Busboy from "busboy";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { refusals, type UploadRefusal } from "./inspect-upload";
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
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.toLowerCase().startsWith("multipart/form-data")) return noFile;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) return refusals.tooLarge;

  let parser: Busboy.Busboy;
  try {
    parser = Busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      // busboy would cut "../x.pdf" down to "x.pdf"; the full name must reach the check that refuses it
      preservePath: true,
      // one byte over the limit lets the inspector see that the file is too large; busboy drops the rest
      limits: { files: 1, fields: 10, fieldSize: 1_000, parts: 12, fileSize: MAX_UPLOAD_BYTES + 1 },
    });
  } catch {
    return noFile; // no or malformed boundary
  }

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

  const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  const parsed = await pipeline(source, parser).then(
    () => true,
    () => false,
  );
  // `handled` is assigned inside the 'file' listener; TypeScript cannot see that.
  const result = handled as Promise<R> | null;
  if (result) return result; // on a broken form the handler saw its file stream fail and says so
  return parsed ? noFile : refusals.incomplete;
}
