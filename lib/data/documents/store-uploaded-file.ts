import "server-only";
import type { Readable } from "node:stream";
import { inspectUpload, UploadRefusedError, type UploadRefusal } from "../../documents/inspect-upload";
import type { AllowedUploadType } from "../../documents/upload-limits";
import { deleteObject } from "../../storage/delete-object";
import { documentObjectKey } from "../../storage/object-key";
import { putObject } from "../../storage/put-object";

/** What the bytes turned out to be once they are in S3; the caller records the row with it. */
export type StoredFile = { storageKey: string; contentType: AllowedUploadType; sizeBytes: number; sha256: string };

export const storageUnavailable: UploadRefusal = { ok: false, error: "documents.errors.storageUnavailable", status: 503 };

/**
 * Streams one uploaded file through the magic-byte and size check into S3 under a server-generated
 * key in the customer's prefix, then lets `record` write the row(s). A refused file never reaches
 * S3; when the upload or `record` fails, the object is deleted again, so nothing is left behind.
 * Only call this after the actor's rights were checked: it decides nothing about who may upload.
 * `maxBytes` is the tenant's limit (effectiveUploadLimit), the same the multipart reader cut the body at.
 */
export async function storeUploadedFile<T>(
  tenantId: string,
  customerId: string,
  body: Readable,
  maxBytes: number,
  record: (stored: StoredFile) => Promise<T>,
): Promise<{ ok: true; value: T } | UploadRefusal> {
  const storageKey = documentObjectKey(tenantId, customerId);
  const inspector = inspectUpload(body, maxBytes);
  let mayHaveStored = false;
  try {
    const contentType = await inspector.contentType;
    mayHaveStored = true;
    await putObject(storageKey, inspector, contentType);
    const { sizeBytes, sha256 } = inspector.digest();
    return { ok: true, value: await record({ storageKey, contentType, sizeBytes, sha256 }) };
  } catch (error) {
    inspector.destroy();
    // multipart parts are aborted by the SDK; a finished object whose row failed goes here
    if (mayHaveStored) await deleteObject(storageKey).catch(() => console.error(`[documents] orphaned object ${storageKey}`));
    if (inspector.refusal) return inspector.refusal;
    if (error instanceof UploadRefusedError) return error.refusal;
    console.error(`[documents] upload failed: ${error instanceof Error ? error.message : "unknown error"}`);
    return storageUnavailable;
  }
}
