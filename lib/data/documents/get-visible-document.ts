import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { documentAccessWhere } from "./document-access";
import { DOCUMENT_WITH_POLICY_SELECT, withPolicyNumber, type DocumentRow } from "./document-row-select";

export type VisibleDocument = DocumentRow & { policyNumber: string | null };

/**
 * One document's details for its preview page, or null when it does not exist for this actor (same
 * answer as "not yours"). Reading the file itself goes through authorizeDocumentDownload (audited).
 */
export async function getVisibleDocument(ctx: RequestContext | null, documentId: string): Promise<VisibleDocument | null> {
  if (!ctx) throw new AccessDeniedError();
  if (!z.uuid().safeParse(documentId).success) return null;
  if (ctx.actor.kind === "STAFF" && !ctx.actor.role.rights.viewDocuments) return null;
  const doc = await db.document.findFirst({
    where: { AND: [documentAccessWhere(ctx), { id: documentId }] },
    select: DOCUMENT_WITH_POLICY_SELECT,
  });
  return doc ? withPolicyNumber(doc) : null;
}
