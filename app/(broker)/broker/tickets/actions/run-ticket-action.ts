import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { writeResult } from "@/lib/actions/write-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { RequestContext } from "@/lib/data/context/types";
import type { TicketActionResult } from "@/lib/data/tickets/types";

/**
 * What every ticket action of the office does around its data call: a session, refusals as
 * translatable messages, and fresh pages afterwards (the ticket, the inbox and the header's badge).
 */
export async function runTicketAction(
  write: (ctx: RequestContext) => Promise<TicketActionResult>,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const result = await refuseDenied(async () => writeResult(await write(ctx)));
  if (result.ok) revalidatePath("/broker", "layout");
  return result;
}
