// security.md 15: one size limit and one type allow-list for every upload, shared by the route
// (which enforces them) and the drop zone (which only warns early).

export const MAX_UPLOAD_MB = 25;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

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
