import { S3Client } from "@aws-sdk/client-s3";
import { EMBEDDED, serverEnv } from "../env";

let client: S3Client | undefined;

export function s3Client(): S3Client {
  if (client) return client;
  const env = serverEnv();
  client = new S3Client({
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT ?? `http://127.0.0.1:${EMBEDDED.s3Port}`,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
    // S3-compatible servers (s3rver, MinIO) reject the SDK's default CRC checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return client;
}
