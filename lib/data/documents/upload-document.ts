import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { UploadRefusal } from "../../documents/inspect-upload";
import type { MultipartFile } from "../../documents/read-multipart-upload";
import type { Msg } from "../../i18n/message-key";
import { documentUploadFields, titleFromFileName, uploadFileName } from "../../validation/document-upload";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { notifyDocumentAdded } from "../notifications/notify-document-added";
import { storeUploadedFile } from "./store-uploaded-file";

export type UploadDocumentResult = { ok: true; id: string } | UploadRefusal;

const invalid = (error: Msg): UploadRefusal => ({ ok: false, error, status: 400 });

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

  const fileName = uploadFileName.safeParse(file.fileName);
  if (!fileName.success) return invalid((fileName.error.issues[0]?.message ?? "documents.errors.fileNameInvalid") as Msg);
  const fields = documentUploadFields.safeParse(file.fields);
  if (!fields.success) return invalid((fields.error.issues[0]?.message ?? "common.errors.checkInput") as Msg);
  const meta = fields.data;
  if (meta.contractId) {
    const contract = await db.contract.findFirst({
      where: { AND: [contractAccessWhere(ctx), { id: meta.contractId, customerId: customer.id }] },
      select: { id: true },
    });
    if (!contract) return invalid("documents.validation.contractInvalid");
  }

  const result = await storeUploadedFile(ctx.tenant.id, customer.id, file.body, (stored) =>
    db.$transaction(async (tx) => {
      const created = await tx.document.create({
        data: {
          tenantId: ctx.tenant.id,
          customerId: customer.id,
          contractId: meta.contractId,
          category: meta.category,
          title: meta.title || titleFromFileName(fileName.data),
          documentDate: meta.documentDate,
          fileName: fileName.data,
          ...stored,
          uploadedById: ctx.actor.id,
          origin: "BROKER",
          isVisibleToCustomer: meta.isVisibleToCustomer,
          scanState: "SKIPPED",
        },
        select: { id: true },
      });
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "document.uploaded",
          entityType: "Document",
          entityId: created.id,
          customerId: customer.id,
          data: {
            contractId: meta.contractId,
            category: meta.category,
            contentType: stored.contentType,
            sizeBytes: stored.sizeBytes,
            isVisibleToCustomer: meta.isVisibleToCustomer,
          },
        },
        tx,
      );
      // "Neues Dokument in Ihrem Ordner" only when the customer can see it (release rules)
      if (meta.isVisibleToCustomer) await notifyDocumentAdded(tx, ctx, created.id);
      return created.id;
    }),
  );
  return result.ok ? { ok: true, id: result.value } : result;
}
