import "server-only";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { InsuredObjectData } from "../../validation/insured-object";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";
import type { RecordWriteResult, StaffContext } from "../premium-invoices/invoice-write-checks";
import { insuredObjectAccessWhere } from "./insured-object-access";

export { requireWritableCustomer } from "../premium-invoices/invoice-write-checks";

/** An insured object's own fields, as the broker's list and form and the write checks read them. */
export const objectFieldsSelect = {
  id: true,
  kind: true,
  name: true,
  contractId: true,
  licensePlate: true,
  vin: true,
  street: true,
  postalCode: true,
  city: true,
  manufacturer: true,
  serialNumber: true,
  details: true,
} satisfies Prisma.InsuredObjectSelect;

/** An insured object (not deleted) the staff member may change: visible and its customer writable; throws otherwise. */
export async function objectForWrite(ctx: RequestContext | null, objectId: string) {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const object = await db.insuredObject.findFirst({
    where: { AND: [insuredObjectAccessWhere(ctx), { id: objectId, customer: customerWriteAccessWhere(ctx) }] },
    select: { ...objectFieldsSelect, customerId: true },
  });
  if (!object) throw new AccessDeniedError("insured object not visible");
  return { ctx: ctx as StaffContext, object: { ...object, country: countryOf(object.details) } };
}

/** The building's country lives in `details` (the table has no column for it). */
export function countryOf(details: unknown): string | null {
  if (!details || typeof details !== "object") return null;
  const country = (details as { country?: unknown }).country;
  return typeof country === "string" ? country : null;
}

/** The contract must be one of this customer's visible, not deleted contracts. */
export async function checkObjectContract(
  ctx: StaffContext,
  customerId: string,
  data: InsuredObjectData,
): Promise<RecordWriteResult | null> {
  if (!data.contractId) return null;
  const contract = await db.contract.findFirst({
    where: { AND: [contractAccessWhere(ctx), { id: data.contractId, customerId }] },
    select: { id: true },
  });
  return contract ? null : { ok: false, field: "contractId", error: "companyAdmin.objects.validation.contractInvalid" };
}

/** The columns an object's data is stored in; the country goes into `details`. */
export function objectColumns(data: InsuredObjectData, details: unknown) {
  const { country, ...columns } = data;
  const rest = details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
  const { country: _previous, ...kept } = rest;
  void _previous;
  return { ...columns, details: (country ? { ...kept, country } : kept) as Prisma.InputJsonObject };
}
