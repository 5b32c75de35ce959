import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { contractInput, type ContractInput } from "../../validation/contract";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import { contractAccessWhere } from "./contract-access";
import { checkContractCatalog, contractRecordData, requireEditableCustomer } from "./contract-write-checks";
import type { ContractWriteResult } from "./create-contract";

/**
 * Saves the contract form; setting the status to "cancelled" is how a broker cancels (Storno) and
 * stamps the date. The audit entry names the changed fields, not their values.
 */
export async function updateContract(
  ctx: RequestContext | null,
  contractId: string,
  input: ContractInput,
): Promise<ContractWriteResult> {
  if (!ctx) throw new AccessDeniedError();
  const current = await db.contract.findFirst({ where: { AND: [contractAccessWhere(ctx), { id: contractId }] } });
  if (!current) throw new AccessDeniedError("contract not visible");
  const staff = await requireEditableCustomer(ctx, current.customerId);
  const parsed = contractInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const refusal = await checkContractCatalog(staff, parsed.data);
  if (refusal) return refusal;

  const record = withHiddenFieldsKept(staff, contractRecordData(parsed.data), current);
  const changed = (Object.keys(record) as (keyof typeof record)[]).filter(
    (key) => String(record[key] ?? "") !== comparable(current[key]),
  );
  const cancelledAt = record.status === "CANCELLED" ? (current.cancelledAt ?? now()) : null;
  await db.$transaction(async (tx) => {
    await tx.contract.update({ where: { id: current.id, tenantId: staff.tenant.id }, data: { ...record, cancelledAt } });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: record.status === "CANCELLED" && current.status !== "CANCELLED" ? "contract.cancelled" : "contract.updated",
        entityType: "Contract",
        entityId: current.id,
        customerId: current.customerId,
        data: { fields: changed },
      },
      tx,
    );
  });
  return { ok: true, id: current.id };
}

type ContractRecordData = ReturnType<typeof contractRecordData>;
type StoredHiddenFields = {
  sumInsured: { toFixed(n: number): string } | null;
  grossPremium: { toFixed(n: number): string } | null;
  endDate: Date | null;
};

/**
 * A role that hides financial figures or expiry dates gets those fields empty in the form
 * (getContractRecord); saving the form must not wipe the stored values it never saw.
 */
function withHiddenFieldsKept(
  staff: RequestContext & { actor: StaffActor },
  record: ContractRecordData,
  current: StoredHiddenFields,
): ContractRecordData {
  const { hideFinancials, hideExpiryDates } = staff.actor.role;
  return {
    ...record,
    ...(hideFinancials
      ? { sumInsured: current.sumInsured?.toFixed(2) ?? null, grossPremium: current.grossPremium?.toFixed(2) ?? null }
      : {}),
    ...(hideExpiryDates ? { endDate: current.endDate } : {}),
  };
}

function comparable(value: unknown): string {
  if (value instanceof Date) return String(value);
  if (value && typeof value === "object" && "toFixed" in value) return (value as { toFixed(n: number): string }).toFixed(2);
  return String(value ?? "");
}
