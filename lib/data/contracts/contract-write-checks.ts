import "server-only";
import { db } from "../../db/client";
import type { ContractData } from "../../validation/contract";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import type { CustomerWriteRefusal } from "../customers/customer-write-checks";
import { customerWriteAccessWhere } from "../customers/customer-access";

type Ctx = RequestContext & { actor: StaffActor };

/** Staff who may edit customer data and see this customer; throws otherwise (the page shows 404). */
export async function requireEditableCustomer(ctx: RequestContext | null, customerId: string): Promise<Ctx> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: customerId }] },
    select: { id: true },
  });
  if (!customer) throw new AccessDeniedError("customer not visible");
  return ctx;
}

/** The line and insurer must come from the shared catalog or this tenant's own additions. */
export async function checkContractCatalog(ctx: Ctx, data: ContractData): Promise<CustomerWriteRefusal | null> {
  const own = { OR: [{ tenantId: null }, { tenantId: ctx.tenant.id }] };
  const [line, insurer] = await Promise.all([
    data.lineId ? db.lineOfBusiness.findFirst({ where: { id: data.lineId, ...own }, select: { id: true } }) : true,
    data.insurerId ? db.insurer.findFirst({ where: { id: data.insurerId, ...own }, select: { id: true } }) : true,
  ]);
  if (!line) return { ok: false, field: "lineId", error: "contracts.validation.lineInvalid" };
  if (!insurer) return { ok: false, field: "insurerId", error: "contracts.validation.insurerInvalid" };
  return null;
}

export { contractRecordData } from "./contract-record-data";
