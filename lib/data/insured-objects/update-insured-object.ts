import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { INSURED_OBJECT_FIELDS, insuredObjectInput, type InsuredObjectInput } from "../../validation/insured-object";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import type { RecordWriteResult } from "../premium-invoices/invoice-write-checks";
import { checkObjectContract, objectColumns, objectForWrite } from "./object-write-checks";

/** Saves an edited insured object; the audit entry names the changed fields only. */
export async function updateInsuredObject(
  ctx: RequestContext | null,
  objectId: string,
  input: InsuredObjectInput,
): Promise<RecordWriteResult> {
  const { ctx: staff, object } = await objectForWrite(ctx, objectId);
  const parsed = insuredObjectInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const changed = INSURED_OBJECT_FIELDS.filter((field) => (parsed.data[field] ?? null) !== (object[field] ?? null));
  if (changed.length === 0) return { ok: true, id: object.id };
  const refusal = await checkObjectContract(staff, object.customerId, parsed.data);
  if (refusal) return refusal;
  await db.$transaction(async (tx) => {
    // deletedAt: null in the UPDATE, so an object deleted meanwhile is not brought back to life.
    const { count } = await tx.insuredObject.updateMany({
      where: { id: object.id, tenantId: staff.tenant.id, deletedAt: null },
      data: objectColumns(parsed.data, object.details),
    });
    if (count === 0) throw new AccessDeniedError("insured object not visible");
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "insuredObject.updated",
        entityType: "InsuredObject",
        entityId: object.id,
        customerId: object.customerId,
        data: { fields: changed },
      },
      tx,
    );
  });
  return { ok: true, id: object.id };
}
