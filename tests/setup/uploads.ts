// Builders for document upload tests: a real multipart request (as a browser's FormData sends it)
// and a look into the bucket, so tests can prove that a refused upload left nothing behind.
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { serverEnv } from "@/lib/env";
import { s3Client } from "@/lib/storage/s3-client";

export type UploadFile = { name: string; bytes: Buffer | Uint8Array; type?: string };

/**
 * A POST with metadata fields first and the file last, like components/broker/documents sends it.
 * The body is encoded by the platform's FormData and then sent as plain bytes with a length, as it
 * arrives over HTTP.
 */
export async function uploadRequest(file: UploadFile | null, fields: Record<string, string> = {}): Promise<Request> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ category: "POLICY", ...fields })) form.append(name, value);
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/pdf" }), file.name);
  const encoded = new Response(form);
  return new Request("http://upload.test/api/customers/x/documents", {
    method: "POST",
    headers: { "content-type": encoded.headers.get("content-type") ?? "" },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
}

/** Keys of all objects stored under a tenant/customer prefix. */
export async function objectsUnder(tenantId: string, customerId: string): Promise<string[]> {
  const res = await s3Client().send(
    new ListObjectsV2Command({ Bucket: serverEnv().S3_BUCKET, Prefix: `t/${tenantId}/c/${customerId}/` }),
  );
  return (res.Contents ?? []).map((o) => o.Key ?? "");
}
