import { z } from "zod";

/** "+49 170 123-4567", "0049 170 1234567" → "+491701234567"; null when it is not an international number. */
export function toE164(raw: string): string | null {
  const compact = raw.replace(/[\s\-/().]/g, "").replace(/^00/, "+");
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}

/** Optional international phone number, stored as E.164; `message` is the catalog key for a bad one. */
export function optionalE164(message: string) {
  return z
    .string()
    .trim()
    .max(40, message)
    .transform((value, ctx) => {
      if (!value) return null;
      const e164 = toE164(value);
      if (!e164) ctx.addIssue({ code: "custom", message });
      return e164 ?? z.NEVER;
    });
}
