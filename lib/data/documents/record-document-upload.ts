import "server-only";
import type { Readable } from "node:stream";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { UploadRefusal } from "../../documents/inspect-upload";
import type { RequestContext } from "../context/types";
import { storeUploadedFile } from "./store-uploaded-file";

type DocumentFields = Pick<
  Prisma.DocumentUncheckedCreateInput,
  "contractId" | "claimId" | "category" | "documentDate" | "origin" | "isVisibleToCustomer"
>;

type Options = {
  customerId: string;
  body: Readable;
  /** the limit the multipart reader cut the body at (MultipartFile.maxBytes) */
  maxBytes: number;
  /** checked file name and title (parseUploadMeta) */
  upload: { fileName: string; title: string };
  fields: DocumentFields;
  /** field names and ids for the audit entry besides contentType and sizeBytes (never titles or names) */
  auditData: Record<string, string | boolean | null | undefined>;
  /** what else belongs to the same transaction (read marks, notifications) */
  after: (tx: Prisma.TransactionClient, documentId: string) => Promise<unknown>;
};

/**
 * Streams an upload whose rights and metadata were checked into S3 and records, in one transaction,
 * the document row, the "document.uploaded" audit entry and what `after` adds. A refused or failed
 * upload leaves neither an object nor a row.
 */
export async function recordDocumentUpload(
  ctx: RequestContext,
  { customerId, body, maxBytes, upload, fields, auditData, after }: Options,
): Promise<{ ok: true; id: string } | UploadRefusal> {
  const result = await storeUploadedFile(ctx.tenant.id, customerId, body, maxBytes, (stored) =>
    db.$transaction(async (tx) => {
      const created = await tx.document.create({
        data: {
          tenantId: ctx.tenant.id,
          customerId,
          ...fields,
          title: upload.title,
          fileName: upload.fileName,
          ...stored,
          uploadedById: ctx.actor.id,
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
          customerId,
          data: { ...auditData, contentType: stored.contentType, sizeBytes: stored.sizeBytes },
        },
        tx,
      );
      await after(tx, created.id);
      return created.id;
    }),
  );
  return result.ok ? { ok: true, id: result.value } : result;
}
