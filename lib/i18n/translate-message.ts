import { VALIDATION_VALUES } from "../validation/limits";
import type { MessageKey, Msg } from "./message-key";

// Structural on purpose: useTranslations(), getTranslations() and createTranslator() return
// differently typed translators for the same catalog; all of them fit this.
type Translate = {
  (key: never, values?: never): string;
  has(key: never): boolean;
};
type Loose = { (key: MessageKey, values?: Record<string, string | number>): string; has(key: MessageKey): boolean };

/**
 * Turns a Msg into text. A string that is not a catalog key (zod's own English default for a case a
 * schema forgot) becomes the generic "please check your input" rather than leaking raw text.
 */
export function translateMessage(translate: Translate, message: Msg | string): string {
  const t = translate as unknown as Loose;
  if (typeof message === "object") return t(message.key, { ...VALIDATION_VALUES, ...message.values });
  const key = message as MessageKey;
  return t.has(key) ? t(key, VALIDATION_VALUES) : t("common.errors.checkInput");
}
