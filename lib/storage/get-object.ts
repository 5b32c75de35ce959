import { GetObjectCommand } from "@aws-sdk/client-s3";
import { serverEnv } from "../env";
import { s3Client } from "./s3-client";

/** Reads a whole object (exports, tests). Downloads to browsers use presigned URLs instead. */
export async function getObjectBytes(key: string): Promise<Uint8Array> {
  const res = await s3Client().send(new GetObjectCommand({ Bucket: serverEnv().S3_BUCKET, Key: key }));
  if (!res.Body) throw new Error(`Empty object ${key}`);
  return res.Body.transformToByteArray();
}
