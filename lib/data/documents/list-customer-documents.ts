import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { toPage } from "../../validation/pagination";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerAccessWhere } from "../customers/customer-access";
import { documentAccessWhere } from "./document-access";
import { DOCUMENT_ROW_SELECT, type DocumentRow } from "./document-row-select";

export type BrokerDocumentItem = DocumentRow & { contractLabel: string | null; isVisibleToCustomer: boolean };

/** What the actor may do in a customer's document folder; the data functions check the same rights. */
export type DocumentPermissions = {
  canList: boolean;
  canUpload: boolean;
  canOpen: boolean;
  canDelete: boolean;
  canChangeVisibility: boolean;
};

export type CustomerDocuments = {
  items: BrokerDocumentItem[];
  /** more than `take` documents exist; the list shows the newest */
  hasMore: boolean;
  permissions: DocumentPermissions;
  /** contracts a new upload can be attached to (empty on a contract page: the contract is fixed) */
  contracts: { id: string; label: string }[];
};

const input = z.object({
  customerId: z.uuid(),
  contractId: z.uuid().optional(),
  take: z.number().int().min(1).max(200).default(100),
});

type ContractLabelParts = {
  policyNumber: string | null;
  insurerName: string | null;
  line: { name: string } | null;
  insurer: { name: string } | null;
};
const contractLabelSelect = {
  policyNumber: true,
  insurerName: true,
  line: { select: { name: true } },
  insurer: { select: { name: true } },
} as const;

function contractLabel(c: ContractLabelParts): string {
  return [c.line?.name, c.insurer?.name ?? c.insurerName, c.policyNumber].filter(Boolean).join(" · ");
}

/**
 * The broker's view of a customer's documents (or one contract's), newest first, with what the
 * actor may do with them. Unlike the customer's list it includes documents not shown to the customer.
 */
export async function listCustomerDocuments(
  ctx: RequestContext | null,
  params: z.input<typeof input>,
): Promise<CustomerDocuments> {
  requireStaff(ctx);
  const { customerId, contractId, take } = input.parse(params);
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: { id: true },
  });
  if (!customer) throw new AccessDeniedError("customer not visible");
  const rights = ctx.actor.role.rights;
  const permissions: DocumentPermissions = {
    canList: rights.listDocuments,
    canUpload: rights.importDocuments,
    canOpen: rights.viewDocuments,
    canDelete: rights.deleteDocuments,
    canChangeVisibility: rights.importDocuments,
  };

  const [rows, contracts] = await Promise.all([
    permissions.canList
      ? db.document.findMany({
          where: { AND: [documentAccessWhere(ctx), { customerId: customer.id }, ...(contractId ? [{ contractId }] : [])] },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: take + 1,
          select: { ...DOCUMENT_ROW_SELECT, isVisibleToCustomer: true, contract: { select: contractLabelSelect } },
        })
      : [],
    permissions.canUpload && !contractId
      ? db.contract.findMany({
          where: { AND: [contractAccessWhere(ctx), { customerId: customer.id }] },
          orderBy: [{ createdAt: "desc" }],
          take: 200,
          select: { id: true, ...contractLabelSelect },
        })
      : [],
  ]);
  const page = toPage(
    rows.map(({ contract, ...d }) => ({ ...d, contractLabel: contract ? contractLabel(contract) : null })),
    take,
  );
  return {
    items: page.items,
    hasMore: page.nextCursor !== null,
    permissions,
    contracts: contracts.map((c) => ({ id: c.id, label: contractLabel(c) || c.id.slice(0, 8) })),
  };
}
