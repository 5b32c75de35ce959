import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { UploadRefusal } from "../../documents/inspect-upload";
import type { MultipartFile } from "../../documents/read-multipart-upload";
import { ownDocumentUploadFields } from "../../validation/own-document-upload";
import { AccessDeniedError, requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { claimAccessWhere } from "../claims/claim-access";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { notifyBroker } from "../invitations/notify-broker";
import { canWriteContractModule, canWriteModule, requireOwnFolder } from "../portal/folder-rights";
import { parseUploadMeta, refuseUpload as refuse } from "./parse-upload-meta";
import { recordDocumentUpload } from "./record-document-upload";

export type UploadOwnDocumentResult = { ok: true; id: string } | UploadRefusal;

/**
 * A customer puts one file into their own folder: a general document, or one for a contract whose
 * module they may write to, or for one of their claims (claims module released with WRITE). The
 * bytes stream into S3 (same size limit and type allow-list as the broker's upload); a refused or
 * failed upload leaves neither an object nor a row. The broker is notified in the same transaction.
 */
export async function uploadOwnDocument(ctx: RequestContext | null, file: MultipartFile): Promise<UploadOwnDocumentResult> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  // the own record, writable (not GDPR-restricted); a household member's folder yields nothing
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: ctx.actor.customerId }] },
    select: { id: true, advisorId: true, customerNumber: true },
  });
  if (!customer) throw new AccessDeniedError("folder not writable");

  const upload = parseUploadMeta(file, ownDocumentUploadFields);
  if (!upload.ok) return upload;
  const { meta } = upload;

  if (meta.contractId) {
    // unknown, foreign and hidden contracts give the same answer, so ids cannot be probed
    const contract = await db.contract.findFirst({
      where: { AND: [contractAccessWhere(ctx), { id: meta.contractId, customerId: customer.id }] },
      select: { module: true },
    });
    if (!contract) return refuse("inbox.errors.contractInvalid");
    if (!canWriteContractModule(ctx, contract.module)) return refuse("inbox.errors.contractReadOnly", 403);
  }
  if (meta.claimId) {
    // the claim rule: a company user only reaches claims of lines their roles cover
    const claim = await db.claim.findFirst({
      where: { AND: [claimAccessWhere(ctx), { id: meta.claimId, customerId: customer.id }] },
      select: { id: true },
    });
    if (!claim) return refuse("inbox.errors.claimInvalid");
    if (!canWriteModule(ctx, "CLAIMS")) return refuse("inbox.errors.claimReadOnly", 403);
  }

  return recordDocumentUpload(ctx, {
    customerId: customer.id,
    body: file.body,
    maxBytes: file.maxBytes,
    upload,
    fields: {
      contractId: meta.contractId,
      claimId: meta.claimId,
      category: meta.category,
      origin: "CUSTOMER",
      isVisibleToCustomer: true,
    },
    auditData: { contractId: meta.contractId, claimId: meta.claimId, category: meta.category },
    after: async (tx, documentId) => {
      // what the customer sent is not news to them: it never shows as unread in their inbox
      await tx.documentRead.create({ data: { documentId, userId: ctx.actor.id, tenantId: ctx.tenant.id, readAt: now() } });
      await notifyBroker(tx, {
        tenantId: ctx.tenant.id,
        advisorId: customer.advisorId,
        type: "document.uploaded",
        title: { key: "inbox.notify.uploaded", values: { customerNumber: customer.customerNumber } },
        link: `/broker/customers/${customer.id}#documents`,
      });
    },
  });
}
