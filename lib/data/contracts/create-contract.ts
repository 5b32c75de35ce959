import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { contractInput, type ContractInput } from "../../validation/contract";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import type { CustomerWriteRefusal } from "../customers/customer-write-checks";
import { checkContractCatalog, contractRecordData, requireEditableCustomer } from "./contract-write-checks";

export type ContractWriteResult = { ok: true; id: string } | (CustomerWriteRefusal & { fieldErrors?: Record<string, Msg> });

/** The broker adds a contract to a customer's folder (origin BROKER, the tenant's currency). */
export async function createContract(
  ctx: RequestContext | null,
  customerId: string,
  input: ContractInput,
): Promise<ContractWriteResult> {
  const staff = await requireEditableCustomer(ctx, customerId);
  const parsed = contractInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const refusal = await checkContractCatalog(staff, parsed.data);
  if (refusal) return refusal;
  return db.$transaction(async (tx) => {
    const contract = await tx.contract.create({
      data: {
        tenantId: staff.tenant.id,
        customerId,
        currency: staff.tenant.currency,
        origin: "BROKER",
        createdById: staff.actor.id,
        cancelledAt: parsed.data.status === "CANCELLED" ? now() : null,
        ...contractRecordData(parsed.data),
      },
      select: { id: true },
    });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "contract.created",
        entityType: "Contract",
        entityId: contract.id,
        customerId,
      },
      tx,
    );
    return { ok: true as const, id: contract.id };
  });
}
