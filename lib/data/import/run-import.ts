import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { countsOf, firstErrorRows, type ImportOutcome, type ImportReport } from "../../import/import-result";
import { MAX_REPORTED_ERROR_ROWS } from "../../import/limits";
import type { ImportRequest } from "../../validation/import";
import type { RequestContext } from "../context/types";
import { requireImporter, type ImporterContext } from "./import-access";
import { planPreparedImport, prepareImport, type PreparedImport } from "./prepare-import";
import { writeImportPlan } from "./write-import";

// 20,000 rows on the embedded database take a while; the default 5 s would abort real imports.
const TRANSACTION = { timeout: 180_000, maxWait: 20_000 };

/**
 * Step 4: imports the valid rows of the file in ONE transaction and skips the bad ones (reported
 * with row number and reason). Idempotent: customers are matched by number, contracts by import
 * key (policy number + insurer), so importing the same file again creates nothing and only
 * updates fields that changed. Remembers the mapping for this source and kind and audits one
 * `import.completed` entry with counts. The file is planned again inside the transaction, so
 * what is written matches the database at that moment, not the earlier preview.
 */
export async function runImport(
  ctx: RequestContext | null,
  bytes: Uint8Array,
  input: ImportRequest,
): Promise<ImportOutcome<ImportReport>> {
  requireImporter(ctx);
  const result = await prepareImport(ctx, bytes, input);
  if (!result.ok) return result;
  const prepared = result.prepared;
  if (prepared.problems.length > 0) {
    return { ok: false, error: "import.errors.mappingIncomplete", mappingProblems: prepared.problems };
  }
  try {
    const plan = await db.$transaction(async (tx) => {
      // one import per tenant at a time: two files naming the same new customer would otherwise collide
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`maklerportal:import:${ctx.tenant.id}`}::text))`;
      const plan = await planPreparedImport(tx, ctx, prepared);
      if (plan.validRows === 0) return plan;
      await writeImportPlan(tx, ctx, plan);
      const profileId = await rememberMapping(tx, ctx, prepared);
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "import.completed",
          entityType: "ImportProfile",
          entityId: profileId,
          data: {
            kind: prepared.kind,
            rows: plan.rowCount,
            validRows: plan.validRows,
            errorRows: plan.errorRows,
            ...countsOf(plan),
          },
        },
        tx,
      );
      return plan;
    }, TRANSACTION);
    return {
      ok: true,
      data: {
        kind: prepared.kind,
        source: prepared.source,
        rowCount: plan.rowCount,
        validRows: plan.validRows,
        errorRows: plan.errorRows,
        errors: firstErrorRows(plan.errors, MAX_REPORTED_ERROR_ROWS),
        counts: plan.validRows === 0 ? countsOf(null) : countsOf(plan),
      },
    };
  } catch (error) {
    // someone changed the same records between planning and writing (outside an import): try again
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "import.errors.conflict" };
    }
    throw error;
  }
}

/** Stores the mapping for this source and kind (the source matched case-insensitively, as when loading it). */
async function rememberMapping(tx: Prisma.TransactionClient, ctx: ImporterContext, prepared: PreparedImport): Promise<string> {
  const mapping = { columns: prepared.mapping };
  if (prepared.profileId) {
    await tx.importProfile.update({ where: { id: prepared.profileId, tenantId: ctx.tenant.id }, data: { mapping } });
    return prepared.profileId;
  }
  const profile = await tx.importProfile.upsert({
    where: { tenantId_source_kind: { tenantId: ctx.tenant.id, source: prepared.source, kind: prepared.kind } },
    update: { mapping },
    create: { tenantId: ctx.tenant.id, source: prepared.source, kind: prepared.kind, mapping },
    select: { id: true },
  });
  return profile.id;
}
