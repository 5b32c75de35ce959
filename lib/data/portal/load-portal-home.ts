import "server-only";
import type { RequestContext } from "../context/types";
import { listVisibleContracts, type ContractListItem } from "../contracts/list-visible-contracts";
import { listVisibleDocuments, type DocumentListItem } from "../documents/list-visible-documents";

export type PortalHomeData = { contracts: ContractListItem[]; documents: DocumentListItem[] };

/**
 * What the customer's start page shows. Called for the signed-in customer and, with the preview
 * context, for the broker's "view as customer" — one loader so both cannot drift apart.
 */
export async function loadPortalHome(ctx: RequestContext | null): Promise<PortalHomeData> {
  const [contracts, documents] = await Promise.all([listVisibleContracts(ctx), listVisibleDocuments(ctx, { take: 10 })]);
  return { contracts, documents: documents.items };
}
