import "server-only";
import type { CustomerSearch } from "../../validation/customer-search";
import type { Page } from "../../validation/pagination";
import type { RequestContext } from "../context/types";
import { listCustomers } from "../customers/list-customers";

export type ReleaseCustomerRow = { id: string; displayName: string; customerNumber: string; advisorName: string | null };

/** The broker's customer list (same search, filters, scope) reduced to what the bulk release form shows. */
export async function listReleaseCustomers(
  ctx: RequestContext | null,
  query: Partial<CustomerSearch> = {},
): Promise<Page<ReleaseCustomerRow>> {
  const page = await listCustomers(ctx, query);
  return {
    items: page.items.map((c) => ({
      id: c.id,
      displayName: c.displayName,
      customerNumber: c.customerNumber,
      advisorName: c.advisorName,
    })),
    nextCursor: page.nextCursor,
  };
}
