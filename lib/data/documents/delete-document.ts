import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { deleteObject } from "../../storage/delete-object";
import { keyBelongsToTenant } from "../../storage/object-key";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { documentAccessWhere } from "./document-access";

/**
 * Removes a document: the file leaves S3 and the row is marked deleted (it stays for the audit
 * trail and disappears from every list and download, see documentAccessWhere). The object goes
 * first: if S3 is down nothing changes and the broker can simply try again, and a second attempt
 * after a failed row update finds the row still there (S3 deletes are idempotent).
 */
export async function deleteDocument(ctx: RequestContext | null, documentId: string): Promise<void> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.deleteDocuments) throw new AccessDeniedError("deleteDocuments");
  if (!z.uuid().safeParse(documentId).success) throw new AccessDeniedError("document not visible");
  const document = await db.document.findFirst({
    where: { AND: [documentAccessWhere(ctx), { id: documentId }] },
    select: { id: true, customerId: true, contractId: true, storageKey: true },
  });
  if (!document || !keyBelongsToTenant(document.storageKey, ctx.tenant.id)) throw new AccessDeniedError("document not visible");

  await deleteObject(document.storageKey);
  await db.$transaction(async (tx) => {
    await tx.document.update({ where: { id: document.id, tenantId: ctx.tenant.id }, data: { deletedAt: now() } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "document.deleted",
        entityType: "Document",
        entityId: document.id,
        customerId: document.customerId,
        data: { contractId: document.contractId },
      },
      tx,
    );
  });
}
