import type { RequestContext } from "@/lib/data/context/types";
import { uploadOwnDocument } from "@/lib/data/documents/upload-own-document";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { readMultipartUpload } from "@/lib/documents/read-multipart-upload";

// What POST /api/portal/documents does with a request once host, session and origin are checked;
// without HTTP, so tests drive exactly this with real multipart requests.

/** The customer's file into their own folder, held to the tenant's document size limit. */
export async function receiveOwnDocument(ctx: RequestContext, req: Request) {
  return readMultipartUpload(req, await getUploadLimit(ctx), (file) => uploadOwnDocument(ctx, file));
}
