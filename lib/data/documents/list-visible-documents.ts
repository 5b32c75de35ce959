import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { DocumentCategory, type RecordOrigin } from "../../db/generated/enums";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { toPage, type Page } from "../../validation/pagination";
import { documentAccessWhere } from "./document-access";

export type DocumentListItem = {
  id: string;
  title: string;
  category: DocumentCategory;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  documentDate: Date | null;
  createdAt: Date;
  contractId: string | null;
  policyNumber: string | null;
  /** CUSTOMER: the customer uploaded it themselves */
  origin: RecordOrigin;
  isRead: boolean;
};

const input = z.object({
  customerId: z.string().uuid().optional(),
  contractId: z.string().uuid().optional(),
  category: z.enum(DocumentCategory).optional(),
  cursor: z.string().uuid().optional(),
  take: z.coerce.number().int().min(1).max(100).default(25),
});

/** Newest first, optionally only one contract's or one category's; unread = the actor has not opened it yet. */
export async function listVisibleDocuments(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<Page<DocumentListItem>> {
  if (!ctx) throw new AccessDeniedError();
  const { customerId, contractId, category, cursor, take } = input.parse(params);
  if (ctx.actor.kind === "STAFF" && !customerId) throw new AccessDeniedError("customerId required");
  // documentAccessWhere also admits "view only" staff (they open a document by id); listing needs listDocuments
  if (ctx.actor.kind === "STAFF" && !ctx.actor.role.rights.listDocuments) return { items: [], nextCursor: null };
  const rows = await db.document.findMany({
    where: {
      AND: [
        documentAccessWhere(ctx),
        ...(customerId ? [{ customerId }] : []),
        ...(contractId ? [{ contractId }] : []),
        ...(category ? [{ category }] : []),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      title: true,
      category: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      documentDate: true,
      createdAt: true,
      contractId: true,
      origin: true,
      contract: { select: { policyNumber: true } },
      reads: { where: { userId: ctx.actor.id }, select: { readAt: true } },
    },
  });
  return toPage(
    rows.map(({ contract, reads, ...d }) => ({ ...d, policyNumber: contract?.policyNumber ?? null, isRead: reads.length > 0 })),
    take,
  );
}
