"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { confirmContactCode } from "@/lib/data/change-requests/confirm-contact-code";
import { refuseDenied } from "../refuse-denied";
import { toActionResult } from "./to-action-result";

const kind = z.enum(["EMAIL", "PHONE"]);

/** Step 2: the code from the new address/number; only then the request reaches the broker. */
export async function confirmContactCodeAction(which: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = kind.safeParse(which);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => toActionResult(await confirmContactCode(ctx, parsed.data, input)));
}
