import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { DocumentCategory } from "../../db/generated/enums";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { toPage, type Page } from "../../validation/pagination";
import { resolvedDocumentAccessWhere } from "./document-access";
import { DOCUMENT_WITH_POLICY_SELECT, withPolicyNumber, type DocumentRow } from "./document-row-select";

export type DocumentListItem = DocumentRow & { policyNumber: string | null; isRead: boolean };

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
  const where = {
    AND: [
      await resolvedDocumentAccessWhere(ctx),
      ...(customerId ? [{ customerId }] : []),
      ...(contractId ? [{ contractId }] : []),
      ...(category ? [{ category }] : []),
    ],
  };
  // a cursor is only a position inside this list: one that is not (any more) in it starts at the top
  const validCursor = cursor
    ? await db.document.findFirst({ where: { AND: [where, { id: cursor }] }, select: { id: true } })
    : null;
  const rows = await db.document.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(validCursor ? { cursor: { id: validCursor.id }, skip: 1 } : {}),
    select: { ...DOCUMENT_WITH_POLICY_SELECT, reads: { where: { userId: ctx.actor.id }, select: { readAt: true } } },
  });
  return toPage(
    rows.map(({ reads, ...d }) => ({ ...withPolicyNumber(d), isRead: reads.length > 0 })),
    take,
  );
}
