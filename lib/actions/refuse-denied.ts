import type { ActionResult } from "@/lib/actions/account/action-result";
import { AccessDeniedError } from "@/lib/data/context/access-error";

/** The data layer throws when a right is missing; the form gets a translated refusal instead of a crash. */
export async function refuseDenied<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccessDeniedError) return { ok: false, error: "common.errors.notAllowed" };
    throw error;
  }
}
