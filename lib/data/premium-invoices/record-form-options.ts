import "server-only";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";

/** A contract an invoice or object can belong to, as the form's select names it. */
export type RecordContractOption = ContractLabel;

/** The customer's visible contracts (not deleted), newest first, for the invoice and object forms. */
export async function listRecordContractOptions(ctx: RequestContext, customerId: string): Promise<RecordContractOption[]> {
  const rows = await db.contract.findMany({
    where: { AND: [contractAccessWhere(ctx), { customerId }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: contractLabelSelect,
  });
  return rows.map(contractLabel);
}
