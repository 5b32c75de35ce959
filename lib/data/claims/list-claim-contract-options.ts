import "server-only";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";

/** The contracts of the viewed folder a customer may pick when reporting a claim (those they can see). */
export async function listClaimContractOptions(ctx: RequestContext | null): Promise<ContractLabel[]> {
  requireCustomer(ctx);
  const rows = await db.contract.findMany({
    where: contractAccessWhere(ctx),
    orderBy: [{ module: "asc" }, { startDate: "desc" }, { id: "asc" }],
    take: 300,
    select: contractLabelSelect,
  });
  return rows.map(contractLabel);
}
