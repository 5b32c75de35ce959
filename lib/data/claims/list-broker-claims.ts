import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { ClaimStatus } from "../../db/generated/client";
import { brokerClaimSearch } from "../../validation/claim";
import { toPage, type Page } from "../../validation/pagination";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { claimAccessWhere } from "./claim-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";

export type BrokerClaimItem = {
  id: string;
  status: ClaimStatus;
  occurredOn: Date;
  createdAt: Date;
  customerId: string;
  customerName: string;
  customerNumber: string;
  contract: ContractLabel | null;
};

/** The office's claims inbox, newest report first; advisors limited to own customers see only theirs. */
export async function listBrokerClaims(
  ctx: RequestContext | null,
  params: z.input<typeof brokerClaimSearch> = {},
): Promise<Page<BrokerClaimItem>> {
  requireStaff(ctx);
  const { status, cursor, take } = brokerClaimSearch.parse(params);
  const rows = await db.claim.findMany({
    where: { AND: [claimAccessWhere(ctx), ...(status ? [{ status }] : [])] },
    // ids are UUIDv7: id order is report order, and a stable order keeps the cursor exact
    orderBy: [{ id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      status: true,
      occurredOn: true,
      createdAt: true,
      customer: { select: { id: true, kind: true, firstName: true, lastName: true, companyName: true, customerNumber: true } },
      contract: { select: contractLabelSelect },
    },
  });
  return toPage(
    rows.map(({ customer, contract, ...r }) => ({
      ...r,
      customerId: customer.id,
      customerName: customerDisplayName(customer),
      customerNumber: customer.customerNumber,
      contract: contract ? contractLabel(contract) : null,
    })),
    take,
  );
}
