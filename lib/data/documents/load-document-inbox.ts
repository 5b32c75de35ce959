import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { DocumentCategory } from "../../db/generated/enums";
import type { Page } from "../../validation/pagination";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { resolvedDocumentAccessWhere } from "./document-access";
import { listVisibleDocuments, type DocumentListItem } from "./list-visible-documents";

/** The inbox's GET parameters; anything malformed is dropped (an old bookmark shows everything). */
export const inboxFilter = z.object({
  contract: z.uuid().optional().catch(undefined),
  category: z.enum(DocumentCategory).optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
export type InboxFilter = z.output<typeof inboxFilter>;

export const INBOX_PAGE_SIZE = 20;

export type DocumentInbox = {
  page: Page<DocumentListItem>;
  filter: InboxFilter;
  /** unread among all documents the customer sees (not just this page or filter) */
  unreadCount: number;
  /** the customer's visible contracts, for the contract filter */
  contracts: ContractLabel[];
  /** false in a household member's folder (read-only) */
  canUpload: boolean;
};

/** The customer's document inbox: one page of the visible documents, newest first, and what the filters offer. */
export async function loadDocumentInbox(ctx: RequestContext | null, params: Record<string, unknown>): Promise<DocumentInbox> {
  requireCustomer(ctx);
  const filter = inboxFilter.parse(params);
  const access = await resolvedDocumentAccessWhere(ctx);
  const [page, unreadCount, contracts] = await Promise.all([
    listVisibleDocuments(ctx, {
      contractId: filter.contract,
      category: filter.category,
      cursor: filter.cursor,
      take: INBOX_PAGE_SIZE,
    }),
    db.document.count({ where: { AND: [access, { reads: { none: { userId: ctx.actor.id } } }] } }),
    db.contract.findMany({
      where: contractAccessWhere(ctx),
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      select: contractLabelSelect,
    }),
  ]);
  return {
    page,
    filter,
    unreadCount,
    contracts: contracts.map(contractLabel),
    canUpload: !ctx.actor.folderReadOnly,
  };
}
