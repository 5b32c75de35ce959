import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { householdMemberInput, type HouseholdMemberInput } from "../../validation/household";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { findAnchorCustomer, requireFamilyManager } from "./household-scope";
import type { HouseholdWriteResult } from "./household-result";

/**
 * Adds an existing customer, found by customer number, to the household of `customerId`. Customers
 * of other offices and (for advisors limited to their own book) other advisors' customers are "not
 * found", so the answer does not reveal that they exist.
 */
export async function addHouseholdMember(
  ctx: RequestContext | null,
  customerId: string,
  input: HouseholdMemberInput,
): Promise<HouseholdWriteResult> {
  requireFamilyManager(ctx);
  const anchor = await findAnchorCustomer(ctx, customerId);
  const parsed = householdMemberInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const householdId = anchor.householdId;
  if (!householdId) return { ok: false, error: "households.errors.noHousehold" };
  const { customerNumber } = parsed.data;

  const candidate = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { customerNumber }] },
    select: { id: true, kind: true, householdId: true, household: { select: { name: true } } },
  });
  const refuse = (error: HouseholdWriteResult & { ok: false }) => ({ ...error, field: "customerNumber" });
  if (!candidate)
    return refuse({ ok: false, error: { key: "households.errors.customerNotFound", values: { number: customerNumber } } });
  if (candidate.householdId === householdId) return refuse({ ok: false, error: "households.errors.alreadyMember" });
  if (candidate.householdId) {
    return refuse({
      ok: false,
      error: {
        key: "households.errors.inOtherHousehold",
        values: { number: customerNumber, household: candidate.household?.name ?? "" },
      },
    });
  }
  if (candidate.kind !== "PERSON") return refuse({ ok: false, error: "households.errors.companyNotAllowed" });

  return db.$transaction(async (tx) => {
    // Guarded update: a customer belongs to one household even if two people add them at once.
    const joined = await tx.customer.updateMany({
      where: { id: candidate.id, tenantId: ctx.tenant.id, householdId: null },
      data: { householdId },
    });
    if (joined.count !== 1) {
      return refuse({ ok: false, error: { key: "households.errors.joinedMeanwhile", values: { number: customerNumber } } });
    }
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "household.member_added",
        entityType: "Household",
        entityId: householdId,
        customerId: candidate.id,
      },
      tx,
    );
    return { ok: true as const, id: candidate.id };
  });
}
