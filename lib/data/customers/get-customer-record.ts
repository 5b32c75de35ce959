import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "./customer-access";
import { CUSTOMER_MASTER_DATA_SELECT } from "./customer-master-data-select";

export type CustomerRecord = NonNullable<Awaited<ReturnType<typeof findRecord>>> & { canEditBankAccounts: boolean };

function findRecord(ctx: RequestContext, customerId: string) {
  return db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: {
      ...CUSTOMER_MASTER_DATA_SELECT,
      createdAt: true,
      bankAccounts: { orderBy: { createdAt: "asc" }, select: { holder: true, iban: true, bic: true } },
    },
  });
}

/**
 * One customer's master data for the broker's customer page. Bank accounts only for staff with that
 * right. Opening the record is logged: it is personal data (issue 4.8, security.md).
 */
export async function getCustomerRecord(ctx: RequestContext | null, customerId: string): Promise<CustomerRecord | null> {
  requireStaff(ctx);
  const canEditBankAccounts = ctx.actor.role.rights.manageBankAccounts;
  const record = await findRecord(ctx, customerId);
  if (!record) return null;
  await writeAudit({
    ...actorAudit(ctx),
    action: "customer.viewed",
    entityType: "Customer",
    entityId: record.id,
    customerId: record.id,
  });
  return { ...record, bankAccounts: canEditBankAccounts ? record.bankAccounts : [], canEditBankAccounts };
}
