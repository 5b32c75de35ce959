import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { DocumentCategory, RecordOrigin } from "../../db/generated/enums";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { documentAccessWhere } from "./document-access";

export type VisibleDocument = {
  id: string;
  title: string;
  category: DocumentCategory;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  documentDate: Date | null;
  createdAt: Date;
  origin: RecordOrigin;
  contractId: string | null;
  policyNumber: string | null;
};

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
    select: {
      id: true,
      title: true,
      category: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      documentDate: true,
      createdAt: true,
      origin: true,
      contractId: true,
      contract: { select: { policyNumber: true } },
    },
  });
  if (!doc) return null;
  const { contract, ...rest } = doc;
  return { ...rest, policyNumber: contract?.policyNumber ?? null };
}
