import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { ticketAccessWhere } from "../tickets/ticket-access";

/**
 * THE rule for who may see which document.
 * Staff: documents of customers they may see (viewCustomers plus listDocuments or viewDocuments).
 * Customers: documents of the viewed folder the broker made visible, not quarantined, and one of
 * - attached to a contract the customer may see (its module released);
 * - general (no contract, no claim) when the profile module is released, or uploaded by the customer
 *   themselves (a customer always finds what they sent);
 * - attached to one of the folder's claims (no contract) when the claims module is released;
 * - attached to a public message of a conversation the customer may read (ticketAccessWhere). These
 *   are never "general" documents: conversations are personal, so a household member who may open
 *   the folder does not see them, and they follow the communication release, not the profile's.
 */
export function documentAccessWhere(
  ctx: RequestContext,
  /** The "attached to a visible contract" branch; resolvedDocumentAccessWhere passes it as an id list. */
  contractBranch: Prisma.DocumentWhereInput = { contract: contractAccessWhere(ctx) },
): Prisma.DocumentWhereInput {
  const base: Prisma.DocumentWhereInput = { tenantId: ctx.tenant.id, deletedAt: null };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    // documents belong to customer data: without viewCustomers no document either (as for contracts)
    const { viewCustomers, listDocuments, viewDocuments } = actor.role.rights;
    if (!viewCustomers || (!listDocuments && !viewDocuments)) return { ...base, id: { in: [] } };
    return actor.role.onlyOwnCustomers ? { ...base, customer: { tenantId: ctx.tenant.id, advisorId: actor.id } } : base;
  }
  const general: Prisma.DocumentWhereInput = {
    contractId: null,
    claimId: null,
    ticketMessageId: null,
    ...(actor.releases.PROFILE === "HIDDEN" ? { origin: "CUSTOMER" } : {}),
  };
  const claims: Prisma.DocumentWhereInput[] =
    actor.releases.CLAIMS === "HIDDEN"
      ? []
      : [{ contractId: null, claimId: { not: null }, claim: { tenantId: ctx.tenant.id, customerId: actor.customerId } }];
  const conversation: Prisma.DocumentWhereInput = {
    contractId: null,
    claimId: null,
    ticketMessage: { tenantId: ctx.tenant.id, isInternal: false, ticket: ticketAccessWhere(ctx) },
  };
  return {
    ...base,
    customerId: actor.customerId,
    isVisibleToCustomer: true,
    scanState: { in: ["CLEAN", "SKIPPED"] },
    OR: [contractBranch, general, ...claims, conversation],
  };
}

/**
 * The same rule for listing many documents of a customer: the visible contracts are read first (one
 * indexed query through contractAccessWhere) and the contract branch becomes an id list. As a join,
 * PostgreSQL cannot push the customer filter into the OR and hashes every contract of the tenant
 * (bench:folder, 100k contracts: inbox p95 141 ms → see the closing note). Staff get the plain rule.
 */
export async function resolvedDocumentAccessWhere(ctx: RequestContext): Promise<Prisma.DocumentWhereInput> {
  if (ctx.actor.kind === "STAFF") return documentAccessWhere(ctx);
  const contracts = await db.contract.findMany({ where: contractAccessWhere(ctx), select: { id: true } });
  return documentAccessWhere(ctx, { contractId: { in: contracts.map((c) => c.id) } });
}
