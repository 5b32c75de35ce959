"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { confirmContactChange } from "@/lib/data/contact-change/confirm-contact-change";
import type { ActionResult } from "../account/action-result";
import { failureResult } from "./to-action-result";

/** Step 2: confirms the code sent to the new address/number; the change takes effect at once. */
export async function confirmContactChangeAction(
  input: unknown,
): Promise<ActionResult<{ channel: "email" | "phone"; value: string }> & { retryAfterSeconds?: number }> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const result = await confirmContactChange(ctx, input);
  if (!result.ok) return failureResult(result);
  revalidatePath(ctx.actor.kind === "STAFF" ? "/broker/security" : "/portal/security");
  return { ok: true, data: { channel: result.channel, value: result.value } };
}
