import "server-only";
import { z } from "zod";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { now } from "../../../clock";
import { db } from "../../../db/client";
import { fieldErrorsFrom } from "../../../validation/field-errors";
import { ownContractInput, type OwnContractInput } from "../../../validation/own-contract";
import { AccessDeniedError, requireCustomer } from "../../context/access-error";
import type { RequestContext } from "../../context/types";
import { contractAccessWhere } from "../../contracts/contract-access";
import { canWriteContractModule, requireOwnFolder } from "../folder-rights";
import {
  brokerContractLink,
  checkOwnContractCatalog,
  notifyBrokerOfFolderChange,
  ownContractRecord,
  requireWritableFolder,
  withBrokerNotes,
  withWithheldFields,
  type OwnContractWriteResult,
} from "./own-contract-record";

/**
 * The customer changes a contract of their folder — their own or the broker's (myDIVERSO: a WRITE
 * release allows both). Only contracts they can see, in a module released with WRITE; the origin stays.
 * Throws AccessDeniedError otherwise (the same answer for ids of other customers or tenants).
 */
export async function updateFolderContract(
  ctx: RequestContext | null,
  contractId: string,
  input: OwnContractInput,
): Promise<OwnContractWriteResult> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  await requireWritableFolder(ctx);
  if (!z.uuid().safeParse(contractId).success) throw new AccessDeniedError("contract not visible");
  const current = await db.contract.findFirst({ where: { AND: [contractAccessWhere(ctx), { id: contractId }] } });
  if (!current || !canWriteContractModule(ctx, current.module)) throw new AccessDeniedError("contract not writable");

  const parsed = ownContractInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  if (!canWriteContractModule(ctx, parsed.data.module)) {
    return { ok: false, field: "module", error: "ownContracts.errors.moduleNotWritable" };
  }
  if (parsed.data.status === "EXPIRED" && current.status !== "EXPIRED") {
    return { ok: false, field: "status", error: "contracts.validation.statusInvalid" };
  }
  const refusal = await checkOwnContractCatalog(ctx, parsed.data);
  if (refusal) return refusal;

  const record = withBrokerNotes(withWithheldFields(ctx, ownContractRecord(parsed.data), current), current);
  const changed = (Object.keys(record) as (keyof typeof record)[]).filter(
    (key) => String(record[key] ?? "") !== comparable(current[key]),
  );
  if (changed.length === 0) return { ok: true, id: current.id };
  const cancelledAt = record.status === "CANCELLED" ? (current.cancelledAt ?? now()) : null;

  await db.$transaction(async (tx) => {
    await tx.contract.update({
      where: { id: current.id, tenantId: ctx.tenant.id, customerId: ctx.actor.customerId },
      data: { ...record, cancelledAt },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "contract.updated",
        entityType: "Contract",
        entityId: current.id,
        customerId: current.customerId,
        data: { fields: changed, origin: current.origin },
      },
      tx,
    );
    await notifyBrokerOfFolderChange(tx, ctx, current.customerId, {
      type: "contract.updated",
      title: "updated",
      link: brokerContractLink(current.id),
    });
  });
  return { ok: true, id: current.id };
}

function comparable(value: unknown): string {
  if (value instanceof Date) return String(value);
  if (value && typeof value === "object" && "toFixed" in value) return (value as { toFixed(n: number): string }).toFixed(2);
  return String(value ?? "");
}
