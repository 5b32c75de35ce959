import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { ChangeRequestKind, ChangeRequestStatus } from "../../db/generated/client";
import { readChangeValues, type ChangeValues } from "../../validation/change-request";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import {
  BANK_ACCOUNTS_DEFAULT_FIRST,
  CUSTOMER_CONTACT_SELECT,
  CUSTOMER_NAME_SELECT,
} from "../customers/customer-master-data-select";
import { affectedInsurers, type AffectedInsurer } from "./affected-insurers";
import { maskIban } from "./mask-iban";
import { changeRequestVisibleWhere, mayReview } from "./review-access";

export type ChangeRequestDetail = {
  id: string;
  kind: ChangeRequestKind;
  status: ChangeRequestStatus;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
  reviewerName: string | null;
  requesterName: string | null;
  customer: { id: string; name: string; customerNumber: string; restricted: boolean };
  /** Values on the record now (pending, rejected) or the ones the change replaced (applied). */
  current: ChangeValues | null;
  requested: ChangeValues | null;
  /** Apply / reject offered: pending, customer writable, the right for this kind. */
  canReview: boolean;
  /** Insurers to tell (applied address or bank change, and the right to send notices). */
  notices: AffectedInsurer[] | null;
};

export const NOTICE_KINDS: readonly ChangeRequestKind[] = ["ADDRESS", "BANK_ACCOUNT"];

/**
 * One request for the review page: current values next to the requested ones. Null when the request
 * does not exist for this staff member (same answer as another tenant's or another advisor's).
 * The read of the customer's personal data is audited.
 */
export async function getChangeRequest(ctx: RequestContext | null, id: string): Promise<ChangeRequestDetail | null> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.viewCustomers || !z.uuid().safeParse(id).success) return null;
  const tenantId = ctx.tenant.id;
  const row = await db.changeRequest.findFirst({
    where: { AND: [changeRequestVisibleWhere(ctx), { id }] },
    select: {
      id: true,
      kind: true,
      status: true,
      createdAt: true,
      reviewedAt: true,
      reviewNote: true,
      payload: true,
      previous: true,
      requestedById: true,
      reviewedById: true,
      customer: {
        select: {
          id: true,
          ...CUSTOMER_NAME_SELECT,
          customerNumber: true,
          restrictedAt: true,
          ...CUSTOMER_CONTACT_SELECT,
          bankAccounts: {
            where: { tenantId },
            orderBy: BANK_ACCOUNTS_DEFAULT_FIRST,
            take: 1,
            select: { holder: true, iban: true, bic: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  const c = row.customer;
  let requested = readChangeValues(row.kind, row.payload);
  let current: ChangeValues | null;
  if (row.status === "APPLIED") {
    current = readChangeValues(row.kind, row.previous);
  } else if (row.kind === "ADDRESS") {
    current = { kind: "ADDRESS", value: { street: c.street, postalCode: c.postalCode, city: c.city, country: c.country } };
  } else if (row.kind === "BANK_ACCOUNT") {
    current = { kind: "BANK_ACCOUNT", value: c.bankAccounts[0] ?? null };
  } else if (row.kind === "EMAIL") {
    current = { kind: "EMAIL", value: { email: c.email } };
  } else {
    const field = requested?.kind === "PHONE" ? requested.value.field : "phone";
    current = { kind: "PHONE", value: { field, number: field === "mobile" ? c.mobile : c.phone } };
  }
  // Staff without the bank-account right see IBANs as the customer list does: masked.
  if (!ctx.actor.role.rights.manageBankAccounts) {
    requested = maskBank(requested);
    current = maskBank(current);
  }
  const allowed = mayReview(ctx.actor.role.rights, row.kind) && c.restrictedAt === null;
  const names = await db.user.findMany({
    where: { tenantId, id: { in: [row.requestedById, row.reviewedById].filter((v): v is string => !!v) } },
    select: { id: true, firstName: true, lastName: true, email: true },
  });
  const nameOf = (userId: string | null) => {
    const u = names.find((n) => n.id === userId);
    return u ? [u.firstName, u.lastName].filter(Boolean).join(" ") || u.email : null;
  };
  await writeAudit({
    ...actorAudit(ctx),
    action: "changeRequest.viewed",
    entityType: "ChangeRequest",
    entityId: row.id,
    customerId: c.id,
    data: { kind: row.kind },
  });
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt,
    reviewedAt: row.reviewedAt,
    reviewNote: row.reviewNote,
    reviewerName: nameOf(row.reviewedById),
    requesterName: nameOf(row.requestedById),
    customer: { id: c.id, name: customerDisplayName(c), customerNumber: c.customerNumber, restricted: c.restrictedAt !== null },
    current,
    requested,
    canReview: allowed && row.status === "PENDING",
    notices:
      allowed && row.status === "APPLIED" && NOTICE_KINDS.includes(row.kind) ? await affectedInsurers(tenantId, c.id) : null,
  };
}

function maskBank(values: ChangeValues | null): ChangeValues | null {
  if (values?.kind !== "BANK_ACCOUNT" || !values.value) return values;
  return { kind: "BANK_ACCOUNT", value: { ...values.value, iban: maskIban(values.value.iban) } };
}
