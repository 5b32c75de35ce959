import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { ContractInput } from "../../validation/contract";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { contractAccessWhere } from "./contract-access";

export type ContractRecord = {
  id: string;
  customerId: string;
  customerName: string;
  customerNumber: string;
  currency: "EUR" | "CHF";
  title: string;
  values: ContractInput;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const pad = (n: number) => String(n).padStart(2, "0");

/** A contract as the broker's edit form needs it (strings as typed); opening it is audited. */
export async function getContractRecord(ctx: RequestContext | null, contractId: string): Promise<ContractRecord | null> {
  requireStaff(ctx);
  const c = await db.contract.findFirst({
    where: { AND: [contractAccessWhere(ctx), { id: contractId }] },
    include: {
      customer: { select: { kind: true, firstName: true, lastName: true, companyName: true, customerNumber: true } },
      line: { select: { name: true } },
      insurer: { select: { name: true } },
    },
  });
  if (!c) return null;
  await writeAudit({
    ...actorAudit(ctx),
    action: "contract.viewed",
    entityType: "Contract",
    entityId: c.id,
    customerId: c.customerId,
  });
  const hideMoney = ctx.actor.role.hideFinancials;
  return {
    id: c.id,
    customerId: c.customerId,
    customerName: customerDisplayName(c.customer),
    customerNumber: c.customer.customerNumber,
    currency: c.currency,
    title: [c.line?.name, c.insurer?.name ?? c.insurerName, c.policyNumber].filter(Boolean).join(" · "),
    values: {
      module: c.module,
      status: c.status,
      lineId: c.lineId ?? "",
      insurerId: c.insurerId ?? "",
      policyNumber: c.policyNumber ?? "",
      product: c.product ?? "",
      startDate: day(c.startDate),
      endDate: ctx.actor.role.hideExpiryDates ? "" : day(c.endDate),
      mainDue: c.mainDueDay && c.mainDueMonth ? `${pad(c.mainDueDay)}.${pad(c.mainDueMonth)}` : "",
      noticePeriodMonths: c.noticePeriodMonths === null ? "" : String(c.noticePeriodMonths),
      sumInsured: hideMoney ? "" : (c.sumInsured?.toFixed(2) ?? ""),
      grossPremium: hideMoney ? "" : (c.grossPremium?.toFixed(2) ?? ""),
      paymentFrequency: c.paymentFrequency ?? "",
      paymentMethod: c.paymentMethod ?? "",
      notes: c.notes ?? "",
      isConfidential: c.isConfidential,
    },
  };
}
