import { createHash } from "node:crypto";
import { Transform, type Readable, type TransformCallback } from "node:stream";
import type { Msg } from "../i18n/message-key";
import { SNIFF_BYTES, sniffFileType } from "./sniff-file-type";
import { bytesInMb, type AllowedUploadType } from "./upload-limits";

/** Why an upload was refused; the status is what the route answers. */
export type UploadRefusal = { ok: false; error: Msg; status: 400 | 403 | 413 | 415 | 503 };

export class UploadRefusedError extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(typeof refusal.error === "string" ? refusal.error : refusal.error.key);
    this.name = "UploadRefusedError";
  }
}

export const refusals = {
  empty: { ok: false, error: "documents.errors.empty", status: 400 },
  typeNotAllowed: { ok: false, error: "documents.errors.typeNotAllowed", status: 415 },
  // the sender broke off (connection lost, multipart cut short): their problem, not S3's
  incomplete: { ok: false, error: "documents.errors.incomplete", status: 400 },
} as const satisfies Record<string, UploadRefusal>;

/** Too large for the limit the upload is held to (the tenant's, lib/documents/upload-limits.ts); the message names it. */
export function tooLarge(maxBytes: number): UploadRefusal {
  return { ok: false, error: { key: "documents.errors.tooLarge", values: { maxMb: bytesInMb(maxBytes) } }, status: 413 };
}

/**
 * Sits between the uploaded bytes and S3: holds back the first bytes until their magic number says
 * which allow-listed type the file is (`contentType`), then passes everything on while counting and
 * hashing, and fails the stream as soon as the file grows past the limit. Empty and disallowed
 * files are refused before a single byte reaches S3 (security.md 15).
 */
export class UploadInspector extends Transform {
  /** Resolves once the type is known; rejects with UploadRefusedError for empty or disallowed files. */
  readonly contentType: Promise<AllowedUploadType>;
  /** The first rule the file broke, if any; the reason a stream or S3 upload failed. */
  refusal: UploadRefusal | null = null;
  private head: Buffer[] = [];
  private headLength = 0;
  private decided = false;
  private sizeBytes = 0;
  private sha256: string | null = null;
  private readonly hash = createHash("sha256");
  private settleType!: { resolve: (type: AllowedUploadType) => void; reject: (error: Error) => void };

  constructor(private readonly maxBytes: number) {
    super();
    this.contentType = new Promise((resolve, reject) => (this.settleType = { resolve, reject }));
    // Refusals surface through `contentType`, `refusal` and the consumer's read error; an 'error'
    // event with no listener would otherwise crash the process before the consumer is attached.
    this.contentType.catch(() => undefined);
    this.on("error", () => undefined);
  }

  /** Size and SHA-256 of everything that passed; available once the stream ended. */
  digest(): { sizeBytes: number; sha256: string } {
    if (this.sha256 === null) throw new Error("upload not finished");
    return { sizeBytes: this.sizeBytes, sha256: this.sha256 };
  }

  refuse(refusal: UploadRefusal): UploadRefusedError {
    this.refusal ??= refusal;
    const error = new UploadRefusedError(this.refusal);
    this.settleType.reject(error);
    return error;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.decided) return done(this.count(chunk));
    this.head.push(chunk);
    this.headLength += chunk.length;
    done(this.headLength >= SNIFF_BYTES ? this.decide() : undefined);
  }

  override _flush(done: TransformCallback): void {
    const error = this.decided ? undefined : this.decide();
    if (error) return done(error);
    this.sha256 = this.hash.digest("hex");
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (!this.decided || error) this.refuse(this.refusal ?? refusals.incomplete);
    done(error);
  }

  private decide(): UploadRefusedError | undefined {
    this.decided = true;
    const head = Buffer.concat(this.head);
    this.head = [];
    if (head.length === 0) return this.refuse(refusals.empty);
    const type = sniffFileType(head);
    if (!type) return this.refuse(refusals.typeNotAllowed);
    this.settleType.resolve(type);
    return this.count(head);
  }

  private count(chunk: Buffer): UploadRefusedError | undefined {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) return this.refuse(tooLarge(this.maxBytes));
    this.hash.update(chunk);
    this.push(chunk);
    return undefined;
  }
}

/**
 * Pipes an upload through a new inspector. The source is never destroyed: busboy's file stream has
 * to be drained (resumed), not destroyed, or the multipart parser stalls; the caller does that.
 */
export function inspectUpload(source: Readable, maxBytes: number): UploadInspector {
  const inspector = new UploadInspector(maxBytes);
  // the form may have broken off while the caller was still checking rights: nothing will come
  if (source.errored || source.destroyed) {
    inspector.destroy(inspector.refuse(refusals.incomplete));
    return inspector;
  }
  source.on("error", () => inspector.destroy(inspector.refuse(refusals.incomplete)));
  source.pipe(inspector);
  return inspector;
}
