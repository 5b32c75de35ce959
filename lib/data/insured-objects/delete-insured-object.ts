import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import type { RecordWriteResult } from "../premium-invoices/invoice-write-checks";
import { objectForWrite } from "./object-write-checks";

/** Removes an insured object from every list (soft delete: deletedAt), for the broker and the customer alike. */
export async function deleteInsuredObject(ctx: RequestContext | null, objectId: string): Promise<RecordWriteResult> {
  const { ctx: staff, object } = await objectForWrite(ctx, objectId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.insuredObject.updateMany({
      where: { id: object.id, tenantId: staff.tenant.id, deletedAt: null },
      data: { deletedAt: now() },
    });
    if (count === 0) throw new AccessDeniedError("insured object not visible");
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "insuredObject.deleted",
        entityType: "InsuredObject",
        entityId: object.id,
        customerId: object.customerId,
      },
      tx,
    );
    return { ok: true as const, id: object.id };
  });
}
