import "server-only";
import { z } from "zod";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { now } from "../../../clock";
import { db } from "../../../db/client";
import { AccessDeniedError, requireCustomer } from "../../context/access-error";
import type { RequestContext } from "../../context/types";
import { contractAccessWhere } from "../../contracts/contract-access";
import { canWriteContractModule, requireOwnFolder } from "../folder-rights";
import { brokerCustomerLink, notifyBrokerOfFolderChange, requireWritableFolder } from "./own-contract-record";

/**
 * The customer removes a contract from their folder — also one the broker created (myDIVERSO warns
 * brokers about exactly this). Soft delete: the row stays for the broker's records and the audit trail
 * and disappears from every list (contractAccessWhere). Throws AccessDeniedError unless visible and writable.
 */
export async function deleteFolderContract(ctx: RequestContext | null, contractId: string): Promise<{ ok: true; id: string }> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  await requireWritableFolder(ctx);
  if (!z.uuid().safeParse(contractId).success) throw new AccessDeniedError("contract not visible");
  const contract = await db.contract.findFirst({
    where: { AND: [contractAccessWhere(ctx), { id: contractId }] },
    select: { id: true, customerId: true, module: true, origin: true },
  });
  if (!contract || !canWriteContractModule(ctx, contract.module)) throw new AccessDeniedError("contract not writable");

  await db.$transaction(async (tx) => {
    const deleted = await tx.contract.updateMany({
      where: { id: contract.id, tenantId: ctx.tenant.id, customerId: ctx.actor.customerId, deletedAt: null },
      data: { deletedAt: now() },
    });
    if (deleted.count === 0) throw new AccessDeniedError("contract already deleted");
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "contract.deleted",
        entityType: "Contract",
        entityId: contract.id,
        customerId: contract.customerId,
        data: { module: contract.module, origin: contract.origin },
      },
      tx,
    );
    await notifyBrokerOfFolderChange(tx, ctx, contract.customerId, {
      type: "contract.deleted",
      title: "deleted",
      link: brokerCustomerLink(contract.customerId),
    });
  });
  return { ok: true, id: contract.id };
}
