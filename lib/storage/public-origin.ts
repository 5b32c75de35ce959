import { EMBEDDED, serverEnv } from "../env";

/**
 * The origin browsers load presigned document URLs from (the S3 endpoint, or the bucket's
 * virtual host on it). The CSP allows exactly this origin for the inline document preview.
 */
export function documentStorageOrigin(): string {
  const env = serverEnv();
  const endpoint = new URL(env.S3_ENDPOINT ?? `http://127.0.0.1:${EMBEDDED.s3Port}`);
  return env.S3_FORCE_PATH_STYLE ? endpoint.origin : `${endpoint.protocol}//${env.S3_BUCKET}.${endpoint.host}`;
}
