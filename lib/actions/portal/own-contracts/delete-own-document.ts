"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deleteOwnDocument } from "@/lib/data/documents/delete-own-document";
import { writeResult } from "../../write-result";
import { refuseFolderWrite } from "./refuse-folder-write";

/** The customer removes a document they uploaded to one of their contracts. */
export async function deleteOwnDocumentAction(documentId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(documentId).success) return { ok: false, error: "ownContracts.errors.documentNotDeletable" };
  return refuseFolderWrite(async () => writeResult(await deleteOwnDocument(ctx, documentId)));
}
