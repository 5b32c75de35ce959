import { DeleteObjectCommand } from "@aws-sdk/client-s3";
import { serverEnv } from "../env";
import { s3Client } from "./s3-client";

/** Removes an object; S3 answers success for a key that is already gone, so retries are safe. */
export async function deleteObject(key: string): Promise<void> {
  await s3Client().send(new DeleteObjectCommand({ Bucket: serverEnv().S3_BUCKET, Key: key }));
}
