/**
 * Upload limits of the CSV import. 10 MB is decimal on purpose: the multipart body (file plus a few
 * form fields) must stay under the 10 MiB a Next.js proxy passes on before it truncates a request.
 */
export const MAX_IMPORT_BYTES = 10_000_000;
export const MAX_IMPORT_ROWS = 20_000;
/** The preview lists at most this many bad rows; the counts always cover all of them. */
export const MAX_REPORTED_ERROR_ROWS = 500;
export const MAX_SOURCE_LENGTH = 60;
/** Sample values shown per column on the mapping step. */
export const SAMPLE_VALUES = 3;
