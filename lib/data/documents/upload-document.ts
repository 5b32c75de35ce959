import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { UploadRefusal } from "../../documents/inspect-upload";
import type { MultipartFile } from "../../documents/read-multipart-upload";
import { documentUploadFields } from "../../validation/document-upload";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { notifyDocumentAdded } from "../notifications/notify-document-added";
import { parseUploadMeta, refuseUpload } from "./parse-upload-meta";
import { recordDocumentUpload } from "./record-document-upload";

export type UploadDocumentResult = { ok: true; id: string } | UploadRefusal;

/**
 * A broker puts one file into a customer's folder (optionally on one of the customer's contracts).
 * The bytes stream straight into S3 under a server-generated key; a refused or failed upload leaves
 * neither an object nor a row behind. Needs the importDocuments right and a customer the actor sees.
 */
export async function uploadDocument(
  ctx: RequestContext | null,
  customerId: string,
  file: MultipartFile,
): Promise<UploadDocumentResult> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.importDocuments) throw new AccessDeniedError("importDocuments");
  const customer = z.uuid().safeParse(customerId).success
    ? await db.customer.findFirst({ where: { AND: [customerWriteAccessWhere(ctx), { id: customerId }] }, select: { id: true } })
    : null;
  if (!customer) throw new AccessDeniedError("customer not visible");

  const upload = parseUploadMeta(file, documentUploadFields);
  if (!upload.ok) return upload;
  const { meta } = upload;
  if (meta.contractId) {
    const contract = await db.contract.findFirst({
      where: { AND: [contractAccessWhere(ctx), { id: meta.contractId, customerId: customer.id }] },
      select: { id: true },
    });
    if (!contract) return refuseUpload("documents.validation.contractInvalid");
  }

  return recordDocumentUpload(ctx, {
    customerId: customer.id,
    body: file.body,
    maxBytes: file.maxBytes,
    upload,
    fields: {
      contractId: meta.contractId,
      category: meta.category,
      documentDate: meta.documentDate,
      origin: "BROKER",
      isVisibleToCustomer: meta.isVisibleToCustomer,
    },
    auditData: { contractId: meta.contractId, category: meta.category, isVisibleToCustomer: meta.isVisibleToCustomer },
    // "Neues Dokument in Ihrem Ordner" only when the customer can see it (release rules)
    after: async (tx, documentId) => {
      if (meta.isVisibleToCustomer) await notifyDocumentAdded(tx, ctx, documentId);
    },
  });
}
