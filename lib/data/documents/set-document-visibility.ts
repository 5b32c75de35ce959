import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { documentVisibilityInput, type DocumentVisibilityInput } from "../../validation/document-upload";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { notifyDocumentAdded } from "../notifications/notify-document-added";
import { documentAccessWhere } from "./document-access";

/**
 * Shows a document to the customer or hides it again. Needs importDocuments: whoever may put a
 * document into the folder decides at upload whether the customer sees it, so changing that later
 * is the same right (editCustomers governs master data, not the document folder).
 * The customer still sees it only where the module is released (documentAccessWhere).
 */
export async function setDocumentVisibility(ctx: RequestContext | null, input: DocumentVisibilityInput): Promise<void> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.importDocuments) throw new AccessDeniedError("importDocuments");
  const parsed = documentVisibilityInput.safeParse(input);
  if (!parsed.success) throw new AccessDeniedError("document not visible");
  const { documentId, isVisibleToCustomer } = parsed.data;
  const document = await db.document.findFirst({
    where: { AND: [documentAccessWhere(ctx), { id: documentId }] },
    select: { id: true, customerId: true, isVisibleToCustomer: true },
  });
  if (!document) throw new AccessDeniedError("document not visible");
  if (document.isVisibleToCustomer === isVisibleToCustomer) return;

  await db.$transaction(async (tx) => {
    await tx.document.update({ where: { id: document.id, tenantId: ctx.tenant.id }, data: { isVisibleToCustomer } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "document.visibility_changed",
        entityType: "Document",
        entityId: document.id,
        customerId: document.customerId,
        data: { isVisibleToCustomer },
      },
      tx,
    );
    // switched to visible: the customer is told, if the release rules let them see it
    if (isVisibleToCustomer) await notifyDocumentAdded(tx, ctx, document.id);
  });
}
