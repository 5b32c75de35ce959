import { z } from "zod";
import type { RequestContext } from "../context/types";

/**
 * The data of a broker invoice or object page for customer `customerId`: null for anyone but staff, for an
 * id that is no UUID, or when the loader finds the customer not visible (the page shows 404).
 */
export async function loadRecordPage<T>(
  ctx: RequestContext | null,
  customerId: string,
  load: (ctx: RequestContext, customerId: string) => Promise<T | null>,
): Promise<T | null> {
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(customerId).success) return null;
  return load(ctx, customerId);
}
