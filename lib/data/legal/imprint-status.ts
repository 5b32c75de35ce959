import "server-only";
import { db } from "../../db/client";
import { sanitizeRichText } from "../../tenant/rich-text/sanitize-rich-text";
import type { RequestContext } from "../context/types";
import { canManageSettings } from "../settings/require-settings-admin";

/**
 * For the warning on top of every broker page: true when the tenant has no imprint yet and the
 * signed-in person can write one (owner/admin). Everybody else gets false without a query — the
 * banner would only send them to a page they may not open. One lookup of the tenant row by id.
 */
export async function isImprintMissing(ctx: RequestContext | null): Promise<boolean> {
  if (!canManageSettings(ctx) || !ctx) return false;
  const row = await db.tenant.findUnique({ where: { id: ctx.tenant.id }, select: { imprintHtml: true } });
  return sanitizeRichText(row?.imprintHtml ?? "") === "";
}
