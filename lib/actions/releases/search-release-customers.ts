"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listReleaseCustomers, type ReleaseCustomerRow } from "@/lib/data/releases/list-release-customers";
import { customerSearch, type CustomerSearch } from "@/lib/validation/customer-search";
import type { Page } from "@/lib/validation/pagination";
import { refuseDenied } from "../refuse-denied";

/** Searching without leaving the page keeps the bulk form's selection while the broker searches and pages. */
export async function searchReleaseCustomersAction(
  query: Partial<CustomerSearch>,
): Promise<ActionResult<Page<ReleaseCustomerRow>>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = customerSearch.safeParse(query);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => ({ ok: true, data: await listReleaseCustomers(ctx, parsed.data) }));
}
