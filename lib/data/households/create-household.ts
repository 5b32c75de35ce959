import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { householdCreateInput, type HouseholdCreateInput } from "../../validation/household";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { findAnchorCustomer, requireFamilyManager } from "./household-scope";
import type { HouseholdWriteResult } from "./household-result";

/** Starts a household with the customer as its first member; the name defaults to "Familie <Nachname>". */
export async function createHousehold(
  ctx: RequestContext | null,
  customerId: string,
  input: HouseholdCreateInput,
): Promise<HouseholdWriteResult> {
  requireFamilyManager(ctx);
  const anchor = await findAnchorCustomer(ctx, customerId);
  const parsed = householdCreateInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  if (anchor.kind !== "PERSON") return { ok: false, error: "households.errors.companyNotAllowed" };
  if (anchor.householdId) return { ok: false, error: "households.errors.alreadyHasHousehold" };
  const name = parsed.data.name || `Familie ${anchor.lastName ?? ""}`.trim();

  return db.$transaction(async (tx) => {
    const household = await tx.household.create({ data: { tenantId: ctx.tenant.id, name }, select: { id: true } });
    // Only if still without a household: a colleague may have added the customer elsewhere meanwhile.
    const joined = await tx.customer.updateMany({
      where: { id: anchor.id, tenantId: ctx.tenant.id, householdId: null },
      data: { householdId: household.id },
    });
    if (joined.count !== 1) {
      await tx.household.delete({ where: { id: household.id } });
      return { ok: false as const, error: "households.errors.alreadyHasHousehold" as const };
    }
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "household.created",
        entityType: "Household",
        entityId: household.id,
        customerId: anchor.id,
      },
      tx,
    );
    return { ok: true as const, id: household.id };
  });
}
