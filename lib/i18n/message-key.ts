import type { NestedKeyOf } from "next-intl";
import type { Messages } from "./messages/catalog";

/** A key of the German catalog, e.g. "login.errors.wrongCredentials". */
export type MessageKey = NestedKeyOf<Messages>;

/**
 * What the data layer, zod schemas and actions hand to the UI instead of finished sentences: a key,
 * or a key with values. The page translates it in the visitor's language (components/ui/form-error).
 */
export type Msg = MessageKey | { key: MessageKey; values: Record<string, string | number> };

export function msg(key: MessageKey, values?: Record<string, string | number>): Msg {
  return values ? { key, values } : key;
}
