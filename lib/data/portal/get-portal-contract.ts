import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { PaymentMethod } from "../../db/generated/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import {
  CONTRACT_SUMMARY_SELECT,
  contractSummary,
  CUSTOMER_VISIBLE_DOCUMENTS,
  type ContractSummary,
} from "../contracts/contract-summary";
import { CONTRACT_TERMS_SELECT } from "../contracts/contract-terms-select";
import { withheldContractFields, type WithheldContractFields } from "../contracts/list-visible-contracts";
import { canWriteContractModule } from "./folder-rights";

export type PortalContract = ContractSummary & {
  /** Hauptfälligkeit as day and month (TT.MM) */
  mainDue: { day: number; month: number } | null;
  noticePeriodMonths: number | null;
  paymentMethod: PaymentMethod | null;
  /** Only the customer's own note on a contract they added; the broker's notes stay in the office. */
  notes: string | null;
  documentCount: number;
  withheld: WithheldContractFields;
  /** The module is released with WRITE in the customer's own folder: edit and upload are offered. */
  canWrite: boolean;
};

const contractId = z.uuid();

/**
 * One contract of the viewed folder for /portal/contracts/[id]. Unknown ids, contracts of other
 * customers or tenants, deleted contracts and those of unreleased modules all give null (one answer,
 * so ids cannot be probed).
 */
export async function getPortalContract(ctx: RequestContext | null, id: string): Promise<PortalContract | null> {
  requireCustomer(ctx);
  const parsed = contractId.safeParse(id);
  if (!parsed.success) return null;
  const row = await db.contract.findFirst({
    where: { AND: [contractAccessWhere(ctx), { id: parsed.data }] },
    select: {
      ...CONTRACT_SUMMARY_SELECT,
      ...CONTRACT_TERMS_SELECT,
      _count: {
        select: {
          documents: {
            where: {
              tenantId: ctx.tenant.id,
              // a company user's contract may be a subsidiary's (group manager): its documents are filed there
              customerId: ctx.actor.company ? { in: ctx.actor.company.scope.map((e) => e.customerId) } : ctx.actor.customerId,
              ...CUSTOMER_VISIBLE_DOCUMENTS,
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const withheld = withheldContractFields(ctx);
  return {
    ...contractSummary(row, withheld),
    mainDue: row.mainDueDay && row.mainDueMonth ? { day: row.mainDueDay, month: row.mainDueMonth } : null,
    noticePeriodMonths: row.noticePeriodMonths,
    paymentMethod: row.paymentMethod,
    notes: row.origin === "CUSTOMER" ? row.notes : null,
    documentCount: row._count.documents,
    withheld,
    canWrite: canWriteContractModule(ctx, row.module),
  };
}
