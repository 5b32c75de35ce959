import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { invoiceForWrite, type RecordWriteResult } from "./invoice-write-checks";

/** Removes a premium invoice for good; its PDF stays in the customer's documents. */
export async function deletePremiumInvoice(ctx: RequestContext | null, invoiceId: string): Promise<RecordWriteResult> {
  const { ctx: staff, invoice } = await invoiceForWrite(ctx, invoiceId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.premiumInvoice.deleteMany({ where: { id: invoice.id, tenantId: staff.tenant.id } });
    if (count === 0) throw new AccessDeniedError("invoice not visible");
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "premiumInvoice.deleted",
        entityType: "PremiumInvoice",
        entityId: invoice.id,
        customerId: invoice.customerId,
      },
      tx,
    );
    return { ok: true as const, id: invoice.id };
  });
}
