import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { customerInput, type CustomerInput } from "../../validation/customer";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { Msg } from "../../i18n/message-key";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { advisorFor, checkCustomerWrite, type CustomerWriteRefusal } from "./customer-write-checks";
import { customerRecordData } from "./customer-record-data";
import { applyDefaultReleases } from "../releases/apply-default-releases";
import { nextCustomerNumber } from "./next-customer-number";

export type CustomerWriteResult =
  { ok: true; id: string; customerNumber: string } | (CustomerWriteRefusal & { fieldErrors?: Record<string, Msg> });

/** Creates a person or company with its bank accounts; needs the "edit customer data" right. */
export async function createCustomer(ctx: RequestContext | null, input: CustomerInput): Promise<CustomerWriteResult> {
  requireStaff(ctx);
  const rights = ctx.actor.role.rights;
  if (!rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const parsed = customerInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const data = { ...parsed.data, advisorId: advisorFor(ctx, parsed.data.advisorId) };
  // Contact data decides where invitations and codes go; setting it needs its own right, on create too.
  if (!rights.editContactData && (data.email || data.mobile || data.phone)) {
    return { ok: false, field: "email", error: "customers.errors.noContactDataRight" };
  }
  const bankAccounts = data.bankAccounts ?? [];
  if (bankAccounts.length > 0 && !rights.manageBankAccounts) {
    return { ok: false, field: "bankAccounts", error: "customers.errors.noBankAccountRight" };
  }
  const refusal = await checkCustomerWrite(ctx, data, null);
  if (refusal) return refusal;

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const customerNumber = data.customerNumber ?? (await nextCustomerNumber(tx, ctx.tenant.id));
        const customer = await tx.customer.create({
          data: { tenantId: ctx.tenant.id, customerNumber, ...customerRecordData(data) },
          select: { id: true, customerNumber: true },
        });
        if (bankAccounts.length > 0) {
          await tx.bankAccount.createMany({
            data: bankAccounts.map((a, i) => ({ ...a, tenantId: ctx.tenant.id, customerId: customer.id, isDefault: i === 0 })),
          });
        }
        // The office's default release template (if any) is the new customer's starting point.
        await applyDefaultReleases(tx, ctx, customer.id);
        await writeAudit(
          {
            ...actorAudit(ctx),
            action: "customer.created",
            entityType: "Customer",
            entityId: customer.id,
            customerId: customer.id,
          },
          tx,
        );
        return { ok: true as const, id: customer.id, customerNumber: customer.customerNumber };
      });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      // A number the broker typed is taken: tell them. A generated one raced: try the next.
      if (data.customerNumber) return { ok: false, field: "customerNumber", error: "customers.errors.customerNumberTaken" };
    }
  }
  throw new Error("could not allocate a customer number");
}
