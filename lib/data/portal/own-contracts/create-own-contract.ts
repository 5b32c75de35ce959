import "server-only";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { now } from "../../../clock";
import { db } from "../../../db/client";
import { fieldErrorsFrom } from "../../../validation/field-errors";
import { ownContractInput, type OwnContractInput } from "../../../validation/own-contract";
import { requireCustomer } from "../../context/access-error";
import type { RequestContext } from "../../context/types";
import { canWriteContractModule, requireOwnFolder } from "../folder-rights";
import {
  brokerContractLink,
  checkOwnContractCatalog,
  notifyBrokerOfFolderChange,
  ownContractRecord,
  requireWritableFolder,
  withWithheldFields,
  type OwnContractWriteResult,
} from "./own-contract-record";

/**
 * The customer adds an own contract (Fremdvertrag) to their own folder, in a module released with
 * WRITE. Origin CUSTOMER; audited and announced to the broker in the same transaction.
 */
export async function createOwnContract(ctx: RequestContext | null, input: OwnContractInput): Promise<OwnContractWriteResult> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  await requireWritableFolder(ctx);
  const parsed = ownContractInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  if (!canWriteContractModule(ctx, parsed.data.module)) {
    return { ok: false, field: "module", error: "ownContracts.errors.moduleNotWritable" };
  }
  if (parsed.data.status === "EXPIRED") return { ok: false, field: "status", error: "contracts.validation.statusInvalid" };
  const refusal = await checkOwnContractCatalog(ctx, parsed.data);
  if (refusal) return refusal;

  const record = withWithheldFields(ctx, ownContractRecord(parsed.data), null);
  const customerId = ctx.actor.customerId;
  return db.$transaction(async (tx) => {
    const contract = await tx.contract.create({
      data: {
        ...record,
        tenantId: ctx.tenant.id,
        customerId,
        currency: ctx.tenant.currency,
        origin: "CUSTOMER",
        createdById: ctx.actor.id,
        cancelledAt: record.status === "CANCELLED" ? now() : null,
      },
      select: { id: true },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "contract.created",
        entityType: "Contract",
        entityId: contract.id,
        customerId,
        data: { module: record.module, origin: "CUSTOMER" },
      },
      tx,
    );
    await notifyBrokerOfFolderChange(tx, ctx, customerId, {
      type: "contract.created",
      title: "created",
      link: brokerContractLink(contract.id),
    });
    return { ok: true as const, id: contract.id };
  });
}
