import "server-only";
import { Readable } from "node:stream";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { serverEnv } from "../env";
import { s3Client } from "./s3-client";

/** One S3 object as a Node stream, so the data export never holds a whole document in memory. */
export async function openObjectStream(key: string): Promise<Readable> {
  const res = await s3Client().send(new GetObjectCommand({ Bucket: serverEnv().S3_BUCKET, Key: key }));
  if (!res.Body) throw new Error(`Empty object ${key}`);
  if (res.Body instanceof Readable) return res.Body;
  // other runtimes hand out a web stream
  return Readable.fromWeb(res.Body.transformToWebStream() as Parameters<typeof Readable.fromWeb>[0]);
}
