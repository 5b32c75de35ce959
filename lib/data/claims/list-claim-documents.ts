import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { DocumentCategory, RecordOrigin } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { documentAccessWhere } from "../documents/document-access";
import { claimAccessWhere } from "./claim-access";

export type ClaimDocumentItem = {
  id: string;
  title: string;
  category: DocumentCategory;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
  origin: RecordOrigin;
  /** staff only: whether the customer sees it (customers only ever get visible ones) */
  isVisibleToCustomer: boolean;
};

const LIMIT = 100;

/**
 * The documents of one claim the actor may see: the document rule (documentAccessWhere) and the
 * claim rule together, so a claim id from the URL never opens documents of a claim that is not theirs.
 * Staff list only with the listDocuments right, as in the customer folder.
 */
export async function listClaimDocuments(ctx: RequestContext | null, claimId: string): Promise<ClaimDocumentItem[]> {
  if (!ctx) throw new AccessDeniedError();
  if (!z.uuid().safeParse(claimId).success) return [];
  if (ctx.actor.kind === "STAFF" && !ctx.actor.role.rights.listDocuments) return [];
  return db.document.findMany({
    where: { AND: [documentAccessWhere(ctx), { claimId, claim: claimAccessWhere(ctx) }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: {
      id: true,
      title: true,
      category: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      createdAt: true,
      origin: true,
      isVisibleToCustomer: true,
    },
  });
}
