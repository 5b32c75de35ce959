import "server-only";
import { db } from "../../db/client";
import type { ChangeRequestKind, ChangeRequestStatus } from "../../db/generated/client";
import { changeRequestListQuery, type ChangeRequestListQuery } from "../../validation/change-request";
import { toPage, type Page } from "../../validation/pagination";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { changeRequestVisibleWhere } from "./review-access";

export type ChangeRequestListItem = {
  id: string;
  kind: ChangeRequestKind;
  status: ChangeRequestStatus;
  createdAt: Date;
  reviewedAt: Date | null;
  customerId: string;
  customerName: string;
  customerNumber: string;
};

/**
 * The broker's inbox of change requests: open ones first (they have no review date), then the most
 * recently reviewed; within each, newest first. Cursor-paginated, optional status filter.
 */
export async function listChangeRequests(
  ctx: RequestContext | null,
  input: ChangeRequestListQuery = {},
): Promise<Page<ChangeRequestListItem>> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.viewCustomers) throw new AccessDeniedError("viewCustomers");
  const { status, cursor, take } = changeRequestListQuery.parse(input);
  const rows = await db.changeRequest.findMany({
    where: { AND: [changeRequestVisibleWhere(ctx), ...(status ? [{ status }] : [])] },
    orderBy: [{ reviewedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      kind: true,
      status: true,
      createdAt: true,
      reviewedAt: true,
      customer: { select: { id: true, kind: true, firstName: true, lastName: true, companyName: true, customerNumber: true } },
    },
  });
  return toPage(
    rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      createdAt: r.createdAt,
      reviewedAt: r.reviewedAt,
      customerId: r.customer.id,
      customerName: customerDisplayName(r.customer),
      customerNumber: r.customer.customerNumber,
    })),
    take,
  );
}
