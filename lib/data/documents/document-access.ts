import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { CompanyAccess, RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { ticketAccessWhere } from "../tickets/ticket-access";
import { claimAccessWhere } from "../claims/claim-access";
import { scopeWith } from "../contracts/contract-access";

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
 * Company users: see companyDocumentWhere.
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
  if (actor.company) return companyDocumentWhere(ctx, actor.company, actor.id, base, contractBranch);
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
    // an invoice's PDF belongs to the premium invoices module as well as to its contract
    ...(actor.releases.INVOICES === "HIDDEN" ? { premiumInvoice: { is: null } } : {}),
    OR: [contractBranch, general, ...claims, conversation],
  };
}

/**
 * Company users: documents of their scope companies the broker made visible, not quarantined, and one of
 * - attached to a contract they may see (coverage of their roles, that company's module release);
 * - general (no contract, claim or message) only with FULL_ACCESS, where that company released PROFILE;
 * - uploaded by themselves (a user always finds what they sent);
 * - attached to a claim they may see (claimAccessWhere) or to a public message of one of their own
 *   conversations (ticketAccessWhere).
 */
function companyDocumentWhere(
  ctx: RequestContext,
  company: CompanyAccess,
  actorId: string,
  base: Prisma.DocumentWhereInput,
  contractBranch: Prisma.DocumentWhereInput,
): Prisma.DocumentWhereInput {
  const general: Prisma.DocumentWhereInput[] = company.coverage.confidential
    ? [{ contractId: null, claimId: null, ticketMessageId: null, customerId: { in: scopeWith(company.scope, "PROFILE") } }]
    : [];
  return {
    ...base,
    customerId: { in: company.scope.map((e) => e.customerId) },
    isVisibleToCustomer: true,
    scanState: { in: ["CLEAN", "SKIPPED"] },
    // an invoice's PDF also needs the premium invoices module of its company
    AND: [{ OR: [{ premiumInvoice: { is: null } }, { customerId: { in: scopeWith(company.scope, "INVOICES") } }] }],
    OR: [
      contractBranch,
      ...general,
      { uploadedById: actorId },
      { contractId: null, claimId: { not: null }, claim: claimAccessWhere(ctx) },
      {
        contractId: null,
        claimId: null,
        ticketMessage: { tenantId: ctx.tenant.id, isInternal: false, ticket: ticketAccessWhere(ctx) },
      },
    ],
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
