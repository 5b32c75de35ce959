import { z } from "zod";

/** What a customer can switch off: e-mails per kind of news. In-app notifications always appear. */
export const EMAIL_CATEGORIES = ["documents", "messages", "status"] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

export const emailPreferencesSchema = z.object({
  documents: z.boolean().default(true),
  messages: z.boolean().default(true),
  status: z.boolean().default(true),
});
export type EmailPreferences = z.output<typeof emailPreferencesSchema>;

/** Reads the stored JSON leniently: anything unknown or broken falls back to "send" (the default). */
export function readEmailPreferences(stored: unknown): EmailPreferences {
  const parsed = emailPreferencesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : emailPreferencesSchema.parse({});
}

/** What the preferences form sends: every kind explicitly on or off. Shared by form and action. */
export const emailPreferencesInput = z.object({
  documents: z.boolean(),
  messages: z.boolean(),
  status: z.boolean(),
});
export type EmailPreferencesInput = z.input<typeof emailPreferencesInput>;
