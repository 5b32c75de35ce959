"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { startTotpSetup, type TotpSetupOffer } from "@/lib/data/second-factor/start-totp-setup";

/** QR code, manual key and sealed secret for a new authenticator app of the signed-in user. */
export async function startTotpSetupAction(): Promise<ActionResult<TotpSetupOffer>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return { ok: true, data: await startTotpSetup(ctx) };
}
