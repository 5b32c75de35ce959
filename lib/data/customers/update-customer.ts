import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { customerInput, type CustomerInput } from "../../validation/customer";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { reassignStrandedTickets } from "../tickets/reassign-stranded-tickets";
import type { CustomerWriteResult } from "./create-customer";
import { customerWriteAccessWhere } from "./customer-access";
import { customerRecordData } from "./customer-record-data";
import { advisorFor, checkCustomerWrite } from "./customer-write-checks";

const CONTACT_FIELDS = ["email", "mobile", "phone"] as const;

/**
 * Saves the edit form. Contact data (e-mail, mobile, phone) needs its own right, bank accounts theirs;
 * the audit entry lists which fields changed, not their values (the log must not copy personal data).
 */
export async function updateCustomer(
  ctx: RequestContext | null,
  customerId: string,
  input: CustomerInput,
): Promise<CustomerWriteResult> {
  requireStaff(ctx);
  const rights = ctx.actor.role.rights;
  if (!rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const current = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: customerId }] },
    include: { bankAccounts: { orderBy: { createdAt: "asc" }, select: { holder: true, iban: true, bic: true } } },
  });
  if (!current) throw new AccessDeniedError("customer not visible");
  const parsed = customerInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  if (parsed.data.kind !== current.kind) return { ok: false, field: "kind", error: "customers.errors.kindFixed" };
  const data = {
    ...parsed.data,
    advisorId: advisorFor(ctx, parsed.data.advisorId),
    customerNumber: parsed.data.customerNumber ?? current.customerNumber,
  };

  const record = customerRecordData(data);
  const changed = (Object.keys(record) as (keyof typeof record)[]).filter((key) => !sameValue(record[key], current[key]));
  if (data.customerNumber !== current.customerNumber) changed.push("customerNumber" as never);
  if (!rights.editContactData && changed.some((key) => (CONTACT_FIELDS as readonly string[]).includes(key))) {
    return { ok: false, field: "email", error: "customers.errors.noContactDataRight" };
  }
  const bankAccounts = data.bankAccounts;
  const banksChanged = bankAccounts !== undefined && bankKey(bankAccounts) !== bankKey(current.bankAccounts);
  if (banksChanged && !rights.manageBankAccounts) {
    return { ok: false, field: "bankAccounts", error: "customers.errors.noBankAccountRight" };
  }
  const refusal = await checkCustomerWrite(ctx, data, current.id);
  if (refusal) return refusal;

  try {
    await db.$transaction(async (tx) => {
      await tx.customer.update({
        where: { id: current.id, tenantId: ctx.tenant.id },
        data: { ...record, customerNumber: data.customerNumber },
      });
      // open tickets held by someone who may no longer see this customer go to the new advisor
      if (changed.includes("advisorId")) await reassignStrandedTickets(tx, ctx, { id: current.id, advisorId: record.advisorId });
      if (banksChanged && bankAccounts) {
        await tx.bankAccount.deleteMany({ where: { tenantId: ctx.tenant.id, customerId: current.id } });
        await tx.bankAccount.createMany({
          data: bankAccounts.map((a, i) => ({ ...a, tenantId: ctx.tenant.id, customerId: current.id, isDefault: i === 0 })),
        });
      }
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "customer.updated",
          entityType: "Customer",
          entityId: current.id,
          customerId: current.id,
          data: { fields: [...changed, ...(banksChanged ? ["bankAccounts"] : [])] },
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "customerNumber", error: "customers.errors.customerNumberTaken" };
    }
    throw error;
  }
  return { ok: true, id: current.id, customerNumber: data.customerNumber };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  return (a ?? null) === (b ?? null);
}

function bankKey(accounts: { holder: string; iban: string; bic: string | null }[]): string {
  return JSON.stringify(accounts.map((a) => [a.holder, a.iban, a.bic ?? null]));
}
