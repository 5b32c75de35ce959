import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { AccessDeniedError, requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { canWriteContractModule, requireOwnFolder } from "../portal/folder-rights";
import { customerAccountIds } from "../portal/own-contracts/customer-accounts";
import {
  brokerContractLink,
  notifyBrokerOfFolderChange,
  requireWritableFolder,
} from "../portal/own-contracts/own-contract-record";
import { documentAccessWhere } from "./document-access";

/**
 * The customer removes a document they uploaded themselves (any of their accounts) to a contract in a
 * module released with WRITE. The broker's documents stay. Soft delete: the row is marked deleted and
 * disappears from every list and download (documentAccessWhere); the file stays in storage for the
 * broker's retention duties. Throws AccessDeniedError otherwise — the same for ids of others.
 */
export async function deleteOwnDocument(ctx: RequestContext | null, documentId: string): Promise<{ ok: true; id: string }> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  await requireWritableFolder(ctx);
  if (!z.uuid().safeParse(documentId).success) throw new AccessDeniedError("document not visible");
  const document = await db.document.findFirst({
    where: { AND: [documentAccessWhere(ctx), { id: documentId, origin: "CUSTOMER" }] },
    select: { id: true, customerId: true, contractId: true, uploadedById: true, contract: { select: { module: true } } },
  });
  if (!document?.contract || !document.uploadedById || !canWriteContractModule(ctx, document.contract.module)) {
    throw new AccessDeniedError("document not deletable");
  }
  if (!(await customerAccountIds(ctx)).has(document.uploadedById)) throw new AccessDeniedError("document not deletable");

  await db.$transaction(async (tx) => {
    const deleted = await tx.document.updateMany({
      where: { id: document.id, tenantId: ctx.tenant.id, customerId: ctx.actor.customerId, deletedAt: null },
      data: { deletedAt: now() },
    });
    if (deleted.count === 0) throw new AccessDeniedError("document already deleted");
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
    if (document.contractId) {
      await notifyBrokerOfFolderChange(tx, ctx, document.customerId, {
        type: "document.deleted",
        title: "documentDeleted",
        link: brokerContractLink(document.contractId),
      });
    }
  });
  return { ok: true, id: document.id };
}
