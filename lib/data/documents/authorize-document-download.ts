import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { keyBelongsToTenant } from "../../storage/object-key";
import { presignDownload } from "../../storage/presign-download";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { documentAccessWhere } from "./document-access";

const input = z.object({ documentId: z.string().uuid(), disposition: z.enum(["attachment", "inline"]).default("attachment") });

/**
 * Authorises one document read and returns a presigned URL valid for 60 seconds, or null when the
 * document does not exist for this actor (same answer as "not yours", so ids cannot be probed).
 * Every successful read is audited and marks the document as read.
 */
export async function authorizeDocumentDownload(
  ctx: RequestContext | null,
  params: z.input<typeof input>,
): Promise<{ url: string } | null> {
  if (!ctx) throw new AccessDeniedError();
  const parsed = input.safeParse(params);
  if (!parsed.success) return null;
  const { documentId, disposition } = parsed.data;
  const doc = await db.document.findFirst({
    where: { AND: [{ id: documentId }, documentAccessWhere(ctx)] },
    select: { id: true, tenantId: true, customerId: true, storageKey: true, fileName: true, contentType: true },
  });
  if (!doc || !keyBelongsToTenant(doc.storageKey, ctx.tenant.id)) return null;
  if (ctx.actor.kind === "STAFF" && !ctx.actor.role.rights.viewDocuments) return null;

  const inlineAllowed = doc.contentType === "application/pdf" || doc.contentType.startsWith("image/");
  await db.$transaction(async (tx) => {
    await tx.documentRead.upsert({
      where: { documentId_userId: { documentId: doc.id, userId: ctx.actor.id } },
      create: { documentId: doc.id, userId: ctx.actor.id, tenantId: ctx.tenant.id },
      update: {},
    });
    await writeAudit(
      {
        tenantId: ctx.tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: ctx.actor.kind === "STAFF" ? "staff" : "customer",
        action: "document.view",
        entityType: "Document",
        entityId: doc.id,
        customerId: doc.customerId,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: { disposition },
      },
      tx,
    );
  });
  const url = await presignDownload(doc.storageKey, {
    fileName: doc.fileName,
    contentType: doc.contentType,
    disposition: inlineAllowed ? disposition : "attachment",
  });
  return { url };
}
