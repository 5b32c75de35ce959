"use server";

import { logOutEverywhere } from "@/lib/data/account/log-out-everywhere";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { ActionResult } from "./action-result";

/** Ends all sessions of the signed-in user, this one included; the client then signs out locally. */
export async function logOutEverywhereAction(): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  await logOutEverywhere(ctx);
  return { ok: true, data: null };
}
