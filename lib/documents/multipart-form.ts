import Busboy from "busboy";
import { Readable, Transform, type TransformCallback } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

// Shared by the streaming upload readers (read-multipart-upload.ts: one file, read-multipart-files.ts:
// several); neither ever buffers a file.

/** Only a multipart/form-data POST with a body can carry files. */
export function multipartContentType(request: Request): string | null {
  const contentType = request.headers.get("content-type") ?? "";
  return request.body && contentType.toLowerCase().startsWith("multipart/form-data") ? contentType : null;
}

/** What the sender declares; a request over the cap is refused before a byte is read. */
export function declaredLength(request: Request): number {
  return Number(request.headers.get("content-length") ?? 0);
}

/** A busboy parser for the form, or null when the boundary is missing or malformed. */
export function multipartParser(contentType: string, limits: Busboy.Limits): Busboy.Busboy | null {
  try {
    return Busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      // busboy would cut "../x.pdf" down to "x.pdf"; the full name must reach the check that refuses it
      preservePath: true,
      limits,
    });
  } catch {
    return null;
  }
}

/** The request body as a Node stream for stream.pipeline. */
export function requestBodyStream(request: Request): Readable {
  return Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
}

/**
 * Fails the stream once more than `maxBytes` passed: a chunked request declares no length, and the
 * parser would otherwise read (and drop) whatever a sender keeps sending.
 */
export function byteCap(maxBytes: number, onExceeded: () => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen <= maxBytes) return done(null, chunk);
      onExceeded();
      done(new Error("request body over the limit"));
    },
  });
}
