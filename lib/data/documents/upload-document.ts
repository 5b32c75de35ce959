import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { inspectUpload, UploadRefusedError, type UploadRefusal } from "../../documents/inspect-upload";
import type { MultipartFile } from "../../documents/read-multipart-upload";
import { MAX_UPLOAD_BYTES } from "../../documents/upload-limits";
import type { Msg } from "../../i18n/message-key";
import { deleteObject } from "../../storage/delete-object";
import { documentObjectKey } from "../../storage/object-key";
import { putObject } from "../../storage/put-object";
import { documentUploadFields, titleFromFileName, uploadFileName } from "../../validation/document-upload";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";

export type UploadDocumentResult = { ok: true; id: string } | UploadRefusal;

const invalid = (error: Msg): UploadRefusal => ({ ok: false, error, status: 400 });
const storageUnavailable: UploadRefusal = { ok: false, error: "documents.errors.storageUnavailable", status: 503 };

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

  const storageKey = documentObjectKey(ctx.tenant.id, customer.id);
  const inspector = inspectUpload(file.body, MAX_UPLOAD_BYTES);
  let mayHaveStored = false;
  try {
    const contentType = await inspector.contentType;
    mayHaveStored = true;
    await putObject(storageKey, inspector, contentType);
    const { sizeBytes, sha256 } = inspector.digest();
    const document = await db.$transaction(async (tx) => {
      const created = await tx.document.create({
        data: {
          tenantId: ctx.tenant.id,
          customerId: customer.id,
          contractId: meta.contractId,
          category: meta.category,
          title: meta.title || titleFromFileName(fileName.data),
          documentDate: meta.documentDate,
          fileName: fileName.data,
          contentType,
          sizeBytes,
          sha256,
          storageKey,
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
            contentType,
            sizeBytes,
            isVisibleToCustomer: meta.isVisibleToCustomer,
          },
        },
        tx,
      );
      return created;
    });
    return { ok: true, id: document.id };
  } catch (error) {
    inspector.destroy();
    // multipart parts are aborted by the SDK; a finished object whose row failed goes here
    if (mayHaveStored) await deleteObject(storageKey).catch(() => console.error(`[documents] orphaned object ${storageKey}`));
    if (inspector.refusal) return inspector.refusal;
    if (error instanceof UploadRefusedError) return error.refusal;
    console.error(`[documents] upload failed: ${error instanceof Error ? error.message : "unknown error"}`);
    return storageUnavailable;
  }
}
