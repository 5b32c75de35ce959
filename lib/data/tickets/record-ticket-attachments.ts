import "server-only";
import { now } from "../../clock";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import type { StoredAttachment } from "./types";

/**
 * May the actor put files into a customer's folder with a message? Customers who may write always
 * may; staff need importDocuments, as for any other upload into a folder (an attachment becomes one
 * of the customer's documents). createTicket / postTicketMessage refuse with a message before the
 * transaction; recordTicketAttachments checks again.
 */
export function mayAttachFiles(ctx: RequestContext): boolean {
  return ctx.actor.kind !== "STAFF" || ctx.actor.role.rights.importDocuments;
}

/**
 * Turns a message's attachments (already streamed into S3 and checked by the route) into documents
 * of the ticket's customer, in the caller's transaction: general correspondence, linked to the
 * message, visible to the customer unless the message is an internal note. A customer's own files
 * are not news to them, so they get a read mark. Returns the new document ids.
 */
export async function recordTicketAttachments(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  {
    customerId,
    messageId,
    internal,
    attachments,
  }: {
    customerId: string;
    messageId: string;
    internal: boolean;
    attachments: StoredAttachment[];
  },
): Promise<string[]> {
  if (attachments.length === 0) return [];
  if (!mayAttachFiles(ctx)) throw new AccessDeniedError("importDocuments");
  const prefix = `t/${ctx.tenant.id}/c/${customerId}/`;
  // second line of defence: an object outside the customer's own prefix never becomes their document
  if (attachments.some((a) => !a.storageKey.startsWith(prefix))) throw new Error("attachment outside the customer's folder");
  const createdAt = now();
  const documents = await tx.document.createManyAndReturn({
    data: attachments.map((a) => ({
      tenantId: ctx.tenant.id,
      customerId,
      ticketMessageId: messageId,
      category: "CORRESPONDENCE" as const,
      title: a.title,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      storageKey: a.storageKey,
      uploadedById: ctx.actor.id,
      origin: ctx.actor.kind === "CUSTOMER" ? ("CUSTOMER" as const) : ("BROKER" as const),
      isVisibleToCustomer: !internal,
      scanState: "SKIPPED" as const,
      createdAt,
    })),
    select: { id: true },
  });
  const ids = documents.map((d) => d.id);
  if (ctx.actor.kind === "CUSTOMER") {
    await tx.documentRead.createMany({
      data: ids.map((documentId) => ({ documentId, userId: ctx.actor.id, tenantId: ctx.tenant.id, readAt: createdAt })),
    });
  }
  return ids;
}
