import { Upload } from "@aws-sdk/lib-storage";
import type { Readable } from "node:stream";
import { serverEnv } from "../env";
import { s3Client } from "./s3-client";

/** Streams a body into the private bucket (multipart for large bodies). */
export async function putObject(key: string, body: Buffer | Readable, contentType: string): Promise<void> {
  const upload = new Upload({
    client: s3Client(),
    params: {
      Bucket: serverEnv().S3_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
      ServerSideEncryption: process.env.S3_SSE === "off" ? undefined : "AES256",
    },
  });
  await upload.done();
}
