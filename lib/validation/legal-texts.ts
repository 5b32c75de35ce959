import { z } from "zod";
import type { MessageKey } from "../i18n/message-key";

/** The three rich texts of a tenant, in the order of the settings page. */
export const LEGAL_TEXT_FIELDS = ["imprintHtml", "privacyHtml", "emailSignatureHtml"] as const;
export type LegalTextField = (typeof LEGAL_TEXT_FIELDS)[number];

/** Per text, counted on the editor's HTML (formatting included): room for a long privacy policy (often 40,000+ characters). */
export const MAX_LEGAL_HTML = 100_000;

const richText = z
  .string({ error: "common.errors.checkInput" satisfies MessageKey })
  .max(MAX_LEGAL_HTML, "legal.validation.tooLong" satisfies MessageKey);

/**
 * A save of the legal-texts page: every section saves on its own, so a field left out stays as it is
 * and "" empties it. Unknown fields are refused rather than ignored.
 */
export const legalTextsInput = z.strictObject({
  imprintHtml: richText.optional(),
  privacyHtml: richText.optional(),
  emailSignatureHtml: richText.optional(),
});
export type LegalTextsInput = z.infer<typeof legalTextsInput>;
export type LegalTexts = Record<LegalTextField, string>;
