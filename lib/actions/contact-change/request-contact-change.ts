"use server";

import { getRequestContext } from "@/lib/data/context/get-request-context";
import { requestContactChange } from "@/lib/data/contact-change/request-contact-change";
import type { ActionResult } from "../account/action-result";
import { failureResult } from "./to-action-result";

type Requested = { channel: "email" | "phone"; sentTo: string };

/**
 * Step 1 of changing the own login e-mail or mobile number: re-checks the password and sends a code
 * to the new address/number. The data layer validates the input (zod) and authorises.
 */
export async function requestContactChangeAction(
  channel: "email" | "phone",
  input: unknown,
): Promise<ActionResult<Requested> & { retryAfterSeconds?: number }> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (channel !== "email" && channel !== "phone") return { ok: false, error: "account.errors.invalidRequest" };
  const result = await requestContactChange(ctx, channel, input);
  if (!result.ok) return failureResult(result);
  return { ok: true, data: { channel: result.channel, sentTo: result.sentTo } };
}
