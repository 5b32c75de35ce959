"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deleteDocument } from "@/lib/data/documents/delete-document";
import { refuseDenied } from "../refuse-denied";

/** Deletes a document and its file; S3 trouble comes back as "try again", nothing half-done. */
export async function deleteDocumentAction(documentId: string): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(documentId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    try {
      await deleteDocument(ctx, documentId);
    } catch (error) {
      if (error instanceof AccessDeniedError) throw error;
      console.error(`[documents] delete failed: ${error instanceof Error ? error.message : "unknown error"}`);
      return { ok: false, error: "documents.errors.deleteFailed" };
    }
    return { ok: true, data: null };
  });
}
