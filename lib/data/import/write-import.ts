import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { now } from "../../clock";
import type { Prisma } from "../../db/generated/client";
import { insurerKey } from "../../import/parse-values";
import { importKeyOf, type ImportPlan } from "../../import/plan-import";
import { defaultReleasesFor } from "./default-releases";
import type { ImporterContext } from "./import-access";

// Rows per INSERT: large enough to be fast, small enough to stay far below the bind-parameter limit.
const BATCH = 1_000;

type Tx = Prisma.TransactionClient;

/**
 * Writes a plan inside the caller's transaction: new insurers, new customers and contracts in
 * batches (createManyAndReturn) with the office's default releases, then one UPDATE per stored
 * record that really changed, then an audit entry per record (field names only) — so customer
 * timelines show imported changes too.
 */
export async function writeImportPlan(tx: Tx, ctx: ImporterContext, plan: ImportPlan): Promise<void> {
  const tenantId = ctx.tenant.id;
  const at = now();
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  const audit = (action: string, entityType: string, entityId: string, customerId: string, data: Prisma.InputJsonObject) =>
    audits.push({
      ...actorAudit(ctx),
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
      action,
      entityType,
      entityId,
      customerId,
      data,
    });
  const viaImport = (fields?: string[]) => ({ via: "import", ...(fields ? { fields } : {}) });

  const insurerIds = new Map<string, string>();
  if (plan.newInsurers.size > 0) {
    const created = await tx.insurer.createManyAndReturn({
      data: [...plan.newInsurers.values()].map((name) => ({
        tenantId,
        name,
        country: ctx.tenant.currency === "CHF" ? "CH" : "DE",
      })),
      select: { id: true, name: true },
    });
    for (const i of created) insurerIds.set(insurerKey(i.name), i.id);
  }

  const customerIds = new Map<string, string>();
  for (const batch of batches(plan.customers.create)) {
    const created = await tx.customer.createManyAndReturn({
      data: batch.map((c) => ({ tenantId, customerNumber: c.customerNumber, ...c.record })),
      select: { id: true, customerNumber: true },
    });
    for (const c of created) {
      customerIds.set(c.customerNumber, c.id);
      audit("customer.created", "Customer", c.id, c.id, viaImport());
    }
  }
  const releases = await defaultReleasesFor(tx, ctx, [...customerIds.values()]);
  for (const batch of batches(releases.releases)) await tx.moduleRelease.createMany({ data: batch });
  if (releases.auditData) for (const id of customerIds.values()) audit("release.changed", "Customer", id, id, releases.auditData);
  for (const change of plan.customers.update) {
    await tx.customer.update({ where: { id: change.id, tenantId }, data: change.changes });
    audit("customer.updated", "Customer", change.id, change.id, viaImport(change.fields));
  }

  for (const batch of batches(plan.contracts.create)) {
    const created = await tx.contract.createManyAndReturn({
      data: batch.map((c) => {
        const insurerId = "id" in c.insurer ? c.insurer.id : insurerIds.get(c.insurer.newKey)!;
        return {
          ...c.record,
          tenantId,
          insurerId,
          customerId: c.customerId ?? customerIds.get(c.customerNumber)!,
          importKey: importKeyOf(c.policyKey, insurerId),
          currency: ctx.tenant.currency,
          origin: "IMPORT" as const,
          createdById: ctx.actor.id,
          cancelledAt: c.record.status === "CANCELLED" ? at : null,
        };
      }),
      select: { id: true, customerId: true },
    });
    for (const c of created) audit("contract.created", "Contract", c.id, c.customerId, viaImport());
  }
  for (const change of plan.contracts.update) {
    const statusChanged = change.fields.includes("status");
    const cancelling = statusChanged && change.changes.status === "CANCELLED";
    await tx.contract.update({
      where: { id: change.id, tenantId },
      data: { ...change.changes, ...(statusChanged ? { cancelledAt: cancelling ? (change.cancelledAt ?? at) : null } : {}) },
    });
    const action = cancelling && change.previousStatus !== "CANCELLED" ? "contract.cancelled" : "contract.updated";
    audit(action, "Contract", change.id, change.customerId, viaImport(change.fields));
  }

  for (const batch of batches(audits)) await tx.auditLog.createMany({ data: batch });
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}
