import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { insuredObjectInput, type InsuredObjectInput } from "../../validation/insured-object";
import type { RequestContext } from "../context/types";
import type { RecordWriteResult } from "../premium-invoices/invoice-write-checks";
import { checkObjectContract, objectColumns, requireWritableCustomer } from "./object-write-checks";

/** The broker records an insured object (vehicle, building, machine, other) for a customer; needs editCustomers. */
export async function createInsuredObject(
  ctx: RequestContext | null,
  customerId: string,
  input: InsuredObjectInput,
): Promise<RecordWriteResult> {
  const staff = await requireWritableCustomer(ctx, customerId);
  const parsed = insuredObjectInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const refusal = await checkObjectContract(staff, customerId, parsed.data);
  if (refusal) return refusal;
  return db.$transaction(async (tx) => {
    const object = await tx.insuredObject.create({
      data: { ...objectColumns(parsed.data, {}), tenantId: staff.tenant.id, customerId },
      select: { id: true },
    });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "insuredObject.created",
        entityType: "InsuredObject",
        entityId: object.id,
        customerId,
        data: { kind: parsed.data.kind },
      },
      tx,
    );
    return { ok: true as const, id: object.id };
  });
}
