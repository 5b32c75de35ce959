import type { Msg } from "@/lib/i18n/message-key";

/** What every action returns; messages are catalog keys the form translates (FormError/FieldError). */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

export { fieldErrorsFrom } from "@/lib/validation/field-errors";
