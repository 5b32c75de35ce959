import type { RequestContext } from "@/lib/data/context/types";
import { uploadDocument } from "@/lib/data/documents/upload-document";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { readMultipartUpload } from "@/lib/documents/read-multipart-upload";

// What POST /api/customers/<id>/documents does with a request once host, session, origin and the
// importDocuments right are checked; without HTTP, so tests drive exactly this.

/** A broker's file into the customer's folder, held to the tenant's document size limit. */
export async function receiveDocument(ctx: RequestContext, customerId: string, req: Request) {
  return readMultipartUpload(req, await getUploadLimit(ctx), (file) => uploadDocument(ctx, customerId, file));
}
