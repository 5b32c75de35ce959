"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { submitChangeRequest } from "@/lib/data/change-requests/submit-change-request";
import { refuseDenied } from "../refuse-denied";
import { toActionResult } from "./to-action-result";

const kind = z.enum(["ADDRESS", "BANK_ACCOUNT", "LANDLINE"]);

/** The customer asks for a new address, bank account or landline number (the broker reviews it). */
export async function submitChangeRequestAction(which: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = kind.safeParse(which);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => toActionResult(await submitChangeRequest(ctx, parsed.data, input)));
}
