// Placeholder: the customer's upload control (owned by the documents work package).
export type DocumentUploadProps = {
  /** Attach to one of the customer's contracts (needs a WRITE release for its module). */
  contractId?: string;
  /** Attach to one of the customer's claims (photos of the damage). */
  claimId?: string;
  /** Preselected category, e.g. "CLAIM" on a claim page. */
  defaultCategory?: string;
};

export function DocumentUpload(_props: DocumentUploadProps) {
  return null;
}
