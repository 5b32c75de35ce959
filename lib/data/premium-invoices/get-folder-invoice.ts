import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { folderInvoiceSelect, toFolderInvoiceItem, type FolderInvoiceItem } from "./folder-invoice-row";
import { premiumInvoiceAccessWhere } from "./premium-invoice-access";
import { resolveInvoiceLinks } from "./resolve-invoice-links";

/** One premium invoice the viewer may see; unknown, foreign and hidden invoices are null alike. */
export async function getFolderInvoice(ctx: RequestContext | null, id: string): Promise<FolderInvoiceItem | null> {
  requireCustomer(ctx);
  if (!z.string().uuid().safeParse(id).success) return null;
  const row = await db.premiumInvoice.findFirst({
    where: { AND: [premiumInvoiceAccessWhere(ctx), { id }] },
    select: folderInvoiceSelect,
  });
  if (!row) return null;
  const links = await resolveInvoiceLinks(ctx, [row]);
  return toFolderInvoiceItem(ctx, row, links.contracts, links.documents);
}
