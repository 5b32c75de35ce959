import type { ContactChangeFailure } from "@/lib/data/contact-change/types";
import type { ActionResult } from "../account/action-result";

/** A refused step as the form expects it: field message plus retryAfterSeconds when throttled. */
export function failureResult<T>(failure: ContactChangeFailure): ActionResult<T> & { retryAfterSeconds?: number } {
  const fieldErrors = failure.field && failure.field !== "form" ? { [failure.field]: failure.message } : undefined;
  return { ok: false, error: failure.message, fieldErrors, retryAfterSeconds: failure.retryAfterSeconds };
}
