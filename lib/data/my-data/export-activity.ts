import "server-only";
import { db } from "../../db/client";
import { claimAccessWhere } from "../claims/claim-access";
import { contractAccessWhere } from "../contracts/contract-access";
import { insuredObjectAccessWhere } from "../insured-objects/insured-object-access";
import { premiumInvoiceAccessWhere } from "../premium-invoices/premium-invoice-access";
import type { WithheldContractFields } from "../contracts/list-visible-contracts";
import { customerDisplayName } from "../customers/customer-display-name";
import { amount, day, EXPORT_LIMIT, iso, type ContractRef, type CustomerContext } from "./export-values";

const OLDEST_FIRST = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * Reported claims with their timeline; null when the claims module is not released. A company user gets
 * only the claims their roles let them see (claimAccessWhere), never the whole company's.
 */
export async function exportClaims(ctx: CustomerContext, contractRef: ContractRef) {
  if (ctx.actor.releases.CLAIMS === "HIDDEN") return null;
  const tenantId = ctx.tenant.id;
  const claims = await db.claim.findMany({
    where: ctx.actor.company ? claimAccessWhere(ctx) : { tenantId, customerId: ctx.actor.ownCustomerId },
    orderBy: OLDEST_FIRST,
    take: EXPORT_LIMIT,
    select: {
      id: true,
      contractId: true,
      occurredOn: true,
      description: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      events: { where: { tenantId }, orderBy: OLDEST_FIRST, select: { status: true, note: true, createdAt: true } },
    },
  });
  return claims.map((c) => ({
    id: c.id,
    ...contractRef(c.contractId),
    occurredOn: day(c.occurredOn),
    description: c.description,
    status: c.status,
    reportedAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    events: c.events.map((e) => ({ status: e.status, note: e.note, at: iso(e.createdAt) })),
  }));
}

/**
 * Change requests of the profile; what an applied one replaced is the customer's own earlier data. A
 * company user gets only the requests they made themselves.
 */
export async function exportChangeRequests(ctx: CustomerContext) {
  const requests = await db.changeRequest.findMany({
    where: {
      tenantId: ctx.tenant.id,
      customerId: ctx.actor.ownCustomerId,
      ...(ctx.actor.company ? { requestedById: ctx.actor.id } : {}),
    },
    orderBy: OLDEST_FIRST,
    take: EXPORT_LIMIT,
    select: {
      id: true,
      kind: true,
      status: true,
      payload: true,
      previous: true,
      reviewNote: true,
      createdAt: true,
      reviewedAt: true,
    },
  });
  return requests.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    requested: r.payload,
    ...(r.status === "APPLIED" && r.previous ? { replaced: r.previous } : {}),
    reviewNote: r.reviewNote,
    requestedAt: iso(r.createdAt),
    reviewedAt: iso(r.reviewedAt),
  }));
}

/** The signed-in account's in-app notifications. */
export async function exportNotifications(ctx: CustomerContext) {
  const notifications = await db.notification.findMany({
    where: { tenantId: ctx.tenant.id, userId: ctx.actor.id },
    orderBy: OLDEST_FIRST,
    take: EXPORT_LIMIT,
    select: { type: true, title: true, link: true, readAt: true, createdAt: true },
  });
  return notifications.map((n) => ({
    type: n.type,
    title: n.title,
    link: n.link,
    createdAt: iso(n.createdAt),
    readAt: iso(n.readAt),
  }));
}

/**
 * Premium invoices (amounts left out when withheld); null when the invoices module is not released. A company
 * user gets only the invoices they may see (premiumInvoiceAccessWhere).
 */
export async function exportInvoices(ctx: CustomerContext, contractRef: ContractRef, withheld: WithheldContractFields) {
  if (ctx.actor.releases.INVOICES === "HIDDEN") return null;
  const invoices = await db.premiumInvoice.findMany({
    where: ctx.actor.company ? premiumInvoiceAccessWhere(ctx) : { tenantId: ctx.tenant.id, customerId: ctx.actor.ownCustomerId },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: {
      number: true,
      contractId: true,
      amount: true,
      currency: true,
      periodStart: true,
      periodEnd: true,
      dueDate: true,
      status: true,
    },
  });
  return invoices.map((i) => ({
    number: i.number,
    ...contractRef(i.contractId),
    ...(withheld.financials ? {} : { amount: amount(i.amount), currency: i.currency }),
    periodStart: day(i.periodStart),
    periodEnd: day(i.periodEnd),
    dueDate: day(i.dueDate),
    status: i.status,
  }));
}

/**
 * Insured objects of visible contracts, and those without a contract when the profile is released. A company
 * user gets only the objects they may see (insuredObjectAccessWhere).
 */
export async function exportInsuredObjects(ctx: CustomerContext, contractRef: ContractRef) {
  const objects = await db.insuredObject.findMany({
    where: ctx.actor.company
      ? insuredObjectAccessWhere(ctx)
      : {
          tenantId: ctx.tenant.id,
          customerId: ctx.actor.ownCustomerId,
          deletedAt: null,
          OR: [
            { contract: contractAccessWhere(ctx) },
            ...(ctx.actor.releases.PROFILE !== "HIDDEN" ? [{ contractId: null }] : []),
          ],
        },
    orderBy: OLDEST_FIRST,
    take: EXPORT_LIMIT,
    select: {
      kind: true,
      name: true,
      contractId: true,
      licensePlate: true,
      vin: true,
      street: true,
      postalCode: true,
      city: true,
    },
  });
  return objects.map((o) => ({
    kind: o.kind,
    name: o.name,
    ...contractRef(o.contractId),
    licensePlate: o.licensePlate,
    vin: o.vin,
    address: o.street || o.city ? { street: o.street, postalCode: o.postalCode, city: o.city } : null,
  }));
}

/** Household consents the customer gave or holds. */
export async function exportHouseholdConsents(ctx: CustomerContext) {
  const customerId = ctx.actor.ownCustomerId;
  const name = { select: { kind: true, firstName: true, lastName: true, companyName: true } } as const;
  const consents = await db.householdConsent.findMany({
    where: { tenantId: ctx.tenant.id, OR: [{ grantorCustomerId: customerId }, { granteeCustomerId: customerId }] },
    orderBy: [{ grantedAt: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: { grantorCustomerId: true, grantedAt: true, revokedAt: true, grantor: name, grantee: name },
  });
  return consents.map((c) => {
    const given = c.grantorCustomerId === customerId;
    return {
      direction: given ? "given" : "held",
      // only the other member's name: their folder is theirs
      otherMember: customerDisplayName(given ? c.grantee : c.grantor),
      grantedAt: iso(c.grantedAt),
      revokedAt: iso(c.revokedAt),
    };
  });
}
