import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { InvoiceStatus } from "../../db/generated/enums";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { toPage, type Page } from "../../validation/pagination";
import {
  folderInvoiceSelect,
  spansSeveralCompanies,
  startOfToday,
  toFolderInvoiceItem,
  type FolderInvoiceItem,
} from "./folder-invoice-row";
import { premiumInvoiceAccessWhere } from "./premium-invoice-access";
import { resolveInvoiceLinks } from "./resolve-invoice-links";

export type FolderInvoicePage = Page<FolderInvoiceItem> & {
  /** the viewer's scope spans several companies: the list shows each invoice's company */
  showCompany: boolean;
  /** the office withholds financial data: amounts are null and their column is left out */
  amountsWithheld: boolean;
};

const input = z.object({
  /** the status as the badge shows it: OVERDUE includes OPEN invoices past their due date, OPEN excludes them */
  status: z.enum(InvoiceStatus).optional(),
  cursor: z.string().uuid().optional(),
  take: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * The premium invoices the viewer may see (premiumInvoiceAccessWhere: INVOICES release, the viewer's
 * contracts, for company users their roles and companies), latest due date first, one page at a time.
 */
export async function listFolderInvoices(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<FolderInvoicePage> {
  requireCustomer(ctx);
  const { status, cursor, take } = input.parse(params);
  const where: Prisma.PremiumInvoiceWhereInput = {
    AND: [premiumInvoiceAccessWhere(ctx), ...(status ? [statusWhere(status)] : [])],
  };
  // a cursor is only a position inside this list: one that is not (any more) in it starts at the top
  const validCursor = cursor
    ? await db.premiumInvoice.findFirst({ where: { AND: [where, { id: cursor }] }, select: { id: true } })
    : null;
  const rows = await db.premiumInvoice.findMany({
    where,
    orderBy: [{ dueDate: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(validCursor ? { cursor: { id: validCursor.id }, skip: 1 } : {}),
    select: folderInvoiceSelect,
  });
  const page = toPage(rows, take);
  const links = await resolveInvoiceLinks(ctx, page.items);
  return {
    items: page.items.map((r) => toFolderInvoiceItem(ctx, r, links.contracts, links.documents)),
    nextCursor: page.nextCursor,
    showCompany: spansSeveralCompanies(ctx),
    amountsWithheld: ctx.tenant.portalHideFinancials,
  };
}

function statusWhere(status: InvoiceStatus): Prisma.PremiumInvoiceWhereInput {
  const today = startOfToday();
  if (status === "OPEN") return { status: "OPEN", dueDate: { gte: today } };
  if (status === "OVERDUE") return { OR: [{ status: "OVERDUE" }, { status: "OPEN", dueDate: { lt: today } }] };
  return { status };
}
