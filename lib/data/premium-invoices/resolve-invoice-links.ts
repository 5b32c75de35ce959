import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { documentAccessWhere } from "../documents/document-access";

/**
 * The contract labels and the openable PDFs of a page of invoices: each through its own access rule
 * (contractAccessWhere, documentAccessWhere), so a PDF link appears only when the document may be opened.
 */
export async function resolveInvoiceLinks(
  ctx: RequestContext,
  rows: readonly { contractId: string | null; documentId: string | null }[],
): Promise<{ contracts: Map<string, ContractLabel>; documents: Set<string> }> {
  const contractIds = [...new Set(rows.flatMap((r) => (r.contractId ? [r.contractId] : [])))];
  const documentIds = [...new Set(rows.flatMap((r) => (r.documentId ? [r.documentId] : [])))];
  const [contracts, documents] = await Promise.all([
    contractIds.length
      ? db.contract.findMany({
          where: { AND: [contractAccessWhere(ctx), { id: { in: contractIds } }] },
          select: contractLabelSelect,
        })
      : [],
    documentIds.length
      ? db.document.findMany({
          where: { AND: [documentAccessWhere(ctx), { id: { in: documentIds } }] },
          select: { id: true },
        })
      : [],
  ]);
  return {
    contracts: new Map(contracts.map((c) => [c.id, contractLabel(c)])),
    documents: new Set(documents.map((d) => d.id)),
  };
}
