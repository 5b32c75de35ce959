import { CreateBucketCommand, HeadBucketCommand } from "@aws-sdk/client-s3";
import { serverEnv } from "../env";
import { s3Client } from "./s3-client";

/** Creates the private document bucket if it does not exist yet (embedded default and tests). */
export async function ensureBucket(bucket = serverEnv().S3_BUCKET): Promise<void> {
  try {
    await s3Client().send(new HeadBucketCommand({ Bucket: bucket }));
  } catch {
    await s3Client().send(new CreateBucketCommand({ Bucket: bucket }));
  }
}
