"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { sendContactCode } from "@/lib/data/change-requests/send-contact-code";
import { refuseDenied } from "../refuse-denied";
import { toActionResult } from "./to-action-result";

const kind = z.enum(["EMAIL", "PHONE"]);

/** Step 1 of a new contact e-mail / mobile number: a code goes to the new address or number. */
export async function sendContactCodeAction(which: string, input: unknown): Promise<ActionResult<{ sentTo: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = kind.safeParse(which);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = toActionResult(await sendContactCode(ctx, parsed.data, input));
    return result.ok ? { ok: true, data: { sentTo: result.data.sentTo } } : result;
  });
}
