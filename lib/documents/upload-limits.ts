// security.md 15: one size limit and one type allow-list for every upload, shared by the route
// (which enforces them) and the drop zone (which only warns early).

export const BYTES_PER_MB = 1024 * 1024;
/** The platform's ceiling; a tenant may set a lower document limit (Einstellungen → Allgemein), never a higher one. */
export const MAX_UPLOAD_MB = 25;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * BYTES_PER_MB;

/** The size limit an upload is held to: the tenant's setting (Tenant.documentMaxBytes), capped by the platform's. */
export function effectiveUploadLimit(tenantMaxBytes: number): number {
  return Math.min(tenantMaxBytes, MAX_UPLOAD_BYTES);
}

/** A byte limit in MB as messages name it ("größer als {maxMb} MB"); one decimal at most. */
export function bytesInMb(bytes: number): number {
  return Math.round((bytes / BYTES_PER_MB) * 10) / 10;
}

/** The types the server accepts, decided by magic bytes (lib/documents/sniff-file-type.ts). */
export const ALLOWED_UPLOAD_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/heic",
  "image/heif",
  "image/tiff",
] as const;
export type AllowedUploadType = (typeof ALLOWED_UPLOAD_TYPES)[number];

/** The file picker's `accept`: a convenience filter only, the server checks the bytes. */
export const UPLOAD_ACCEPT = [...ALLOWED_UPLOAD_TYPES, ".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff"].join(
  ",",
);
