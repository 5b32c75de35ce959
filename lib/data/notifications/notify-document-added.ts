import "server-only";
import { PortalModule, type Prisma, type ReleaseLevel } from "../../db/generated/client";
import { notifyCustomer } from "../../notifications/notify-customer";
import type { CustomerActor, RequestContext } from "../context/types";
import { documentAccessWhere } from "../documents/document-access";
import { companyRecipients } from "../company/company-recipients";

// Stands in for the customer's account id in the "as the customer sees it" check; only
// tenant, customerId and releases matter to documentAccessWhere.
const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

/**
 * Tells the customer "Neues Dokument in Ihrem Ordner" (in-app + content-free e-mail per preference),
 * but only when the customer can see the document right now under THE document rule
 * (documentAccessWhere as the customer: visible, clean, module of its contract released or, for
 * general documents, the profile released). A company customer's accounts are told only when their
 * own roles let them see it (lib/data/company/company-recipients.ts). Runs in the caller's transaction,
 * after the write. Returns whether anybody was told.
 */
export async function notifyDocumentAdded(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  documentId: string,
): Promise<boolean> {
  const tenantId = ctx.tenant.id;
  const document = await tx.document.findFirst({
    where: { id: documentId, tenantId, deletedAt: null, isVisibleToCustomer: true },
    select: {
      customerId: true,
      customer: { select: { kind: true, releases: { select: { module: true, level: true } } } },
    },
  });
  if (!document) return false;
  if (document.customer.kind === "COMPANY") {
    const onlyUserIds = await companyRecipients(
      tx,
      ctx.tenant,
      document.customerId,
      async (userCtx, client) =>
        (await client.document.count({ where: { AND: [documentAccessWhere(userCtx), { id: documentId }] } })) > 0,
    );
    return (await notifyDocument(tx, tenantId, document.customerId, onlyUserIds ?? [])) > 0;
  }
  const releases = Object.fromEntries(Object.values(PortalModule).map((m) => [m, "HIDDEN"])) as Record<
    PortalModule,
    ReleaseLevel
  >;
  for (const r of document.customer.releases) releases[r.module] = r.level;
  const customer: CustomerActor = {
    kind: "CUSTOMER",
    id: NO_ACCOUNT,
    email: "",
    displayName: "",
    customerId: document.customerId,
    ownCustomerId: document.customerId,
    releases,
    folderReadOnly: true,
    company: null,
  };
  const visible = await tx.document.count({
    where: { AND: [documentAccessWhere({ ...ctx, actor: customer }), { id: documentId }] },
  });
  if (visible === 0) return false;
  return (await notifyDocument(tx, tenantId, document.customerId)) > 0;
}

function notifyDocument(tx: Prisma.TransactionClient, tenantId: string, customerId: string, onlyUserIds?: string[]) {
  return notifyCustomer(tx, {
    tenantId,
    customerId,
    onlyUserIds,
    type: "document.added",
    title: "notifications.kinds.documentAdded",
    link: "/portal/documents",
    emailCategory: "documents",
  });
}
