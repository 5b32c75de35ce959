import "server-only";
import { db } from "../../../db/client";
import type { Prisma } from "../../../db/generated/client";
import type { MessageKey, Msg } from "../../../i18n/message-key";
import type { OwnContractData } from "../../../validation/own-contract";
import { AccessDeniedError } from "../../context/access-error";
import type { CustomerActor, RequestContext } from "../../context/types";
import { contractRecordData } from "../../contracts/contract-record-data";
import { customerWriteAccessWhere } from "../../customers/customer-access";
import { customerDisplayName } from "../../customers/customer-display-name";
import { notifyBroker } from "../../invitations/notify-broker";

export type CustomerContext = RequestContext & { actor: CustomerActor };

export type OwnContractWriteResult =
  { ok: true; id: string } | { ok: false; error: Msg; field?: string; fieldErrors?: Record<string, Msg> };

/** Contract columns a customer may set (the broker's confidential/occupational flags are not among them). */
export function ownContractRecord(data: OwnContractData) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { isConfidential, ...record } = contractRecordData({ ...data, isConfidential: false });
  return { ...record, insurerName: data.insurerName };
}

export type OwnContractRecord = ReturnType<typeof ownContractRecord>;

type StoredWithheld = {
  sumInsured: { toFixed(n: number): string } | null;
  grossPremium: { toFixed(n: number): string } | null;
  paymentFrequency: OwnContractRecord["paymentFrequency"];
  paymentMethod: OwnContractRecord["paymentMethod"];
  endDate: Date | null;
};

/**
 * Values the broker withholds from customers (portalHideFinancials, portalHideExpiryDates) are not in
 * the form: a new contract gets none, a change keeps what is stored.
 */
export function withWithheldFields(
  ctx: CustomerContext,
  record: OwnContractRecord,
  current: StoredWithheld | null,
): OwnContractRecord {
  const { portalHideFinancials, portalHideExpiryDates } = ctx.tenant;
  return {
    ...record,
    ...(portalHideFinancials
      ? {
          sumInsured: current?.sumInsured?.toFixed(2) ?? null,
          grossPremium: current?.grossPremium?.toFixed(2) ?? null,
          paymentFrequency: current?.paymentFrequency ?? null,
          paymentMethod: current?.paymentMethod ?? null,
        }
      : {}),
    ...(portalHideExpiryDates ? { endDate: current?.endDate ?? null } : {}),
  };
}

/**
 * The folder's customer record may be changed: the own folder (customerWriteAccessWhere is empty in a
 * household member's folder and the preview) and processing not restricted (GDPR: readable but frozen).
 */
export async function requireWritableFolder(ctx: CustomerContext): Promise<void> {
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: ctx.actor.customerId }] },
    select: { id: true },
  });
  if (!customer) throw new AccessDeniedError("folder not writable");
}

/**
 * The broker's notes on a contract are internal: a customer's change of the broker's contract keeps
 * them as stored (the form never shows them); the customer's note exists only on their own contracts.
 */
export function withBrokerNotes(record: OwnContractRecord, current: { origin: string; notes: string | null }): OwnContractRecord {
  return current.origin === "CUSTOMER" ? record : { ...record, notes: current.notes };
}

/** Line and insurer must come from the shared catalog or this tenant's own additions. */
export async function checkOwnContractCatalog(
  ctx: CustomerContext,
  data: OwnContractData,
): Promise<OwnContractWriteResult | null> {
  const scope = { OR: [{ tenantId: null }, { tenantId: ctx.tenant.id }] };
  const [line, insurer] = await Promise.all([
    data.lineId ? db.lineOfBusiness.findFirst({ where: { AND: [scope, { id: data.lineId }] }, select: { id: true } }) : true,
    data.insurerId ? db.insurer.findFirst({ where: { AND: [scope, { id: data.insurerId }] }, select: { id: true } }) : true,
  ]);
  if (!line) return { ok: false, field: "lineId", error: "contracts.validation.lineInvalid" };
  if (!insurer) return { ok: false, field: "insurerId", error: "ownContracts.validation.insurerInvalid" };
  return null;
}

const TITLES = {
  created: "ownContracts.brokerNotice.created",
  updated: "ownContracts.brokerNotice.updated",
  deleted: "ownContracts.brokerNotice.deleted",
  documentDeleted: "ownContracts.brokerNotice.documentDeleted",
} as const satisfies Record<string, MessageKey>;

/** Tells the customer's advisor (else the owners and admins) in-app that the customer changed the folder. */
export async function notifyBrokerOfFolderChange(
  tx: Prisma.TransactionClient,
  ctx: CustomerContext,
  customerId: string,
  n: { type: string; title: keyof typeof TITLES; link: string },
): Promise<void> {
  const customer = await tx.customer.findFirstOrThrow({
    where: { id: customerId, tenantId: ctx.tenant.id },
    select: { advisorId: true, kind: true, firstName: true, lastName: true, companyName: true },
  });
  await notifyBroker(tx, {
    tenantId: ctx.tenant.id,
    advisorId: customer.advisorId,
    type: n.type,
    title: { key: TITLES[n.title], values: { name: customerDisplayName(customer) } },
    link: n.link,
  });
}

/** The broker's page of a contract (app/(broker)/broker/contracts/[contractId]). */
export const brokerContractLink = (contractId: string) => `/broker/contracts/${contractId}`;
export const brokerCustomerLink = (customerId: string) => `/broker/customers/${customerId}`;
