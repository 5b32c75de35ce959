import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { CompanyRole, LineGroup, UserStatus } from "../../db/generated/client";
import { claimAccessWhere } from "../claims/claim-access";
import { buildCustomerActor } from "../context/customer-actor";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { documentAccessWhere } from "../documents/document-access";
import { insuredObjectAccessWhere } from "../insured-objects/insured-object-access";
import { premiumInvoiceAccessWhere } from "../premium-invoices/premium-invoice-access";
import { accountName, companyAccountFor } from "./company-admin-access";

export type AccessContract = {
  id: string;
  policyNumber: string | null;
  product: string | null;
  line: { code: string; name: string; nameEn: string | null } | null;
  insurerName: string | null;
  isConfidential: boolean;
  isOccupationalPension: boolean;
  company: { id: string; name: string };
};

export type CompanyUserAccess = {
  account: { id: string; name: string; email: string; status: UserStatus; companyId: string };
  /** False when no company access could be built for the account (e.g. not a company login any more). */
  available: boolean;
  roles: CompanyRole[];
  isUserManager: boolean;
  coverage: {
    lineGroups: LineGroup[];
    lineCodes: string[];
    occupationalPension: boolean;
    unassignedLines: boolean;
    confidential: boolean;
  };
  /** Companies in the account's scope: its own first, subsidiaries only with the group manager role. */
  scope: { id: string; name: string; customerNumber: string }[];
  contracts: AccessContract[];
  counts: { documents: number; invoices: number; objects: number; claims: number };
};

const MAX_CONTRACTS = 500;

/**
 * "Effective access" of one company account: what that user would see in the portal right now. The actor is
 * built exactly as for the user's own request (buildCustomerActor) and the same where-builders run with it,
 * so the answer cannot drift from the portal. Each list is also limited to what the viewing staff member may
 * see (an advisor with only own customers learns nothing about other advisors' subsidiaries). Audited
 * (companyUser.accessViewed). Throws AccessDeniedError when the account is outside the viewer's scope.
 */
export async function getCompanyUserAccess(ctx: RequestContext | null, userId: string): Promise<CompanyUserAccess> {
  const { ctx: staff, account } = await companyAccountFor(ctx, userId, "read");
  const base = {
    account: {
      id: account.id,
      name: accountName(account),
      email: account.email,
      status: account.status,
      companyId: account.customerId,
    },
  };
  const actor = await buildCustomerActor(staff.tenant, account.id);
  const company = actor?.company ?? null;
  await writeAudit({
    ...actorAudit(staff),
    action: "companyUser.accessViewed",
    entityType: "User",
    entityId: account.id,
    customerId: account.customerId,
  });
  if (!actor || !company) {
    return {
      ...base,
      available: false,
      roles: account.companyRoles.map((r) => r.role),
      isUserManager: account.companyRoles.some((r) => r.role === "USER_MANAGER"),
      coverage: { lineGroups: [], lineCodes: [], occupationalPension: false, unassignedLines: false, confidential: false },
      scope: [],
      contracts: [],
      counts: { documents: 0, invoices: 0, objects: 0, claims: 0 },
    };
  }
  const as: RequestContext = { tenant: staff.tenant, actor, ip: staff.ip, userAgent: staff.userAgent };
  const both = <W>(user: W, viewer: W) => ({ AND: [user, viewer] });

  const scopeIds = company.scope.map((s) => s.customerId);
  const [contracts, documents, invoices, objects, claims, scopeCompanies] = await Promise.all([
    db.contract.findMany({
      where: both(contractAccessWhere(as), contractAccessWhere(staff)),
      orderBy: [{ customer: { companyName: "asc" } }, { policyNumber: "asc" }, { id: "asc" }],
      take: MAX_CONTRACTS,
      select: {
        id: true,
        policyNumber: true,
        product: true,
        insurerName: true,
        isConfidential: true,
        isOccupationalPension: true,
        line: { select: { code: true, name: true, nameEn: true } },
        insurer: { select: { name: true } },
        customer: { select: { id: true, companyName: true, customerNumber: true } },
      },
    }),
    db.document.count({ where: both(documentAccessWhere(as), documentAccessWhere(staff)) }),
    db.premiumInvoice.count({ where: both(premiumInvoiceAccessWhere(as), premiumInvoiceAccessWhere(staff)) }),
    db.insuredObject.count({ where: both(insuredObjectAccessWhere(as), insuredObjectAccessWhere(staff)) }),
    db.claim.count({ where: both(claimAccessWhere(as), claimAccessWhere(staff)) }),
    db.customer.findMany({
      where: { tenantId: staff.tenant.id, id: { in: scopeIds } },
      select: { id: true, companyName: true, customerNumber: true },
    }),
  ]);
  const byId = new Map(scopeCompanies.map((c) => [c.id, c]));

  return {
    ...base,
    available: true,
    roles: company.roles,
    isUserManager: company.isUserManager,
    coverage: { ...company.coverage },
    scope: scopeIds.flatMap((id) => {
      const c = byId.get(id);
      return c ? [{ id: c.id, name: c.companyName ?? c.customerNumber, customerNumber: c.customerNumber }] : [];
    }),
    contracts: contracts.map((c) => ({
      id: c.id,
      policyNumber: c.policyNumber,
      product: c.product,
      line: c.line,
      insurerName: c.insurer?.name ?? c.insurerName,
      isConfidential: c.isConfidential,
      isOccupationalPension: c.isOccupationalPension,
      company: { id: c.customer.id, name: c.customer.companyName ?? c.customer.customerNumber },
    })),
    counts: { documents, invoices, objects, claims },
  };
}
