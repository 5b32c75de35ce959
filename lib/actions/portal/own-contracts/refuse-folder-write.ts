import type { ActionResult } from "@/lib/actions/account/action-result";
import { AccessDeniedError } from "@/lib/data/context/access-error";

/**
 * Like refuseDenied, with the customer's wording: the contract is gone, not theirs, or the broker
 * no longer allows changes in that area (the same answer for each, so ids cannot be probed).
 */
export async function refuseFolderWrite<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccessDeniedError) return { ok: false, error: "ownContracts.errors.notAllowed" };
    throw error;
  }
}
