import { z } from "zod";
import { DOCUMENT_TITLE_MAX } from "./document-upload";

// Messages are catalog keys (lib/i18n/messages/*/inbox.json).

/** What a customer may file their own uploads under; policies, endorsements and consents come from the broker. */
export const CUSTOMER_DOCUMENT_CATEGORIES = [
  "BROKER_MANDATE",
  "IDENTIFICATION",
  "CLAIM",
  "CORRESPONDENCE",
  "INVOICE",
  "OTHER",
] as const;
export type CustomerDocumentCategory = (typeof CUSTOMER_DOCUMENT_CATEGORIES)[number];

const optionalId = (message: "inbox.errors.contractInvalid" | "inbox.errors.claimInvalid") =>
  z
    .string()
    .trim()
    .default("")
    .transform((v) => v || null)
    .pipe(z.uuid(message).nullable());

/**
 * The metadata a customer sends with their upload, as multipart text fields (hence strings), before
 * the file. No contract and no claim = a general document (e.g. a signed broker mandate).
 */
export const ownDocumentUploadFields = z.object({
  title: z.string().trim().max(DOCUMENT_TITLE_MAX, "inbox.errors.titleTooLong").default(""),
  // an empty choice is "other", as when the field is missing
  category: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(CUSTOMER_DOCUMENT_CATEGORIES, { error: "inbox.errors.categoryInvalid" }).default("OTHER"),
  ),
  contractId: optionalId("inbox.errors.contractInvalid"),
  claimId: optionalId("inbox.errors.claimInvalid"),
});
export type OwnDocumentUploadFields = z.input<typeof ownDocumentUploadFields>;
export type OwnDocumentUploadData = z.output<typeof ownDocumentUploadFields>;
