import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db, Prisma } from "../../db/client";
import { notifyCustomer } from "../../notifications/notify-customer";
import { readChangeValues, type ChangeValues } from "../../validation/change-request";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import type { ChangeRequestResult } from "./result";
import { changeRequestWritableWhere, mayReview } from "./review-access";

/** Refusal for a request someone else already applied or rejected (or that changed under us). */
export const ALREADY_REVIEWED = "changeRequests.errors.alreadyReviewed" as const;

class Refused extends Error {
  constructor(readonly result: ChangeRequestResult & { ok: false }) {
    super("refused");
  }
}

/**
 * Applies a pending request in one transaction: writes the customer record (address, e-mail, mobile
 * or landline) or adds the bank account as the new default, keeps the replaced values in `previous`
 * (for the insurer notices), marks it APPLIED by this reviewer, audits the field names and tells the
 * customer. The status moves PENDING → APPLIED with a conditional update, so two reviewers (or two
 * clicks) can never apply it twice. Null-equivalent (AccessDeniedError) for a request not visible.
 */
export async function applyChangeRequest(ctx: RequestContext | null, id: string): Promise<ChangeRequestResult<{ id: string }>> {
  requireStaff(ctx);
  if (!z.uuid().safeParse(id).success) throw new AccessDeniedError("change request not found");
  const tenantId = ctx.tenant.id;
  const found = await db.changeRequest.findFirst({
    where: { AND: [changeRequestWritableWhere(ctx), { id }] },
    select: { id: true, kind: true, status: true, payload: true, customerId: true },
  });
  if (!found) throw new AccessDeniedError("change request not found");
  if (!mayReview(ctx.actor.role.rights, found.kind)) throw new AccessDeniedError(`no right to apply ${found.kind}`);
  if (found.status !== "PENDING") return { ok: false, error: ALREADY_REVIEWED };
  const requested = readChangeValues(found.kind, found.payload);
  if (!requested) return { ok: false, error: "changeRequests.errors.unreadable" };

  const customerId = found.customerId;
  if (requested.kind === "EMAIL" && requested.value.email) {
    const taken = await db.customer.findFirst({
      where: { tenantId, email: { equals: requested.value.email, mode: "insensitive" }, id: { not: customerId } },
      select: { id: true },
    });
    if (taken) return { ok: false, error: "changeRequests.errors.emailTaken" };
  }

  try {
    await db.$transaction(async (tx) => {
      const at = now();
      // The claim: only one transaction moves this row out of PENDING.
      const claimed = await tx.changeRequest.updateMany({
        where: { id: found.id, tenantId, status: "PENDING" },
        data: { status: "APPLIED", reviewedById: ctx.actor.id, reviewedAt: at },
      });
      if (claimed.count === 0) throw new Refused({ ok: false, error: ALREADY_REVIEWED });
      await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
      const customer = await tx.customer.findFirst({
        where: { id: customerId, tenantId, restrictedAt: null },
        select: { street: true, postalCode: true, city: true, country: true, email: true, mobile: true, phone: true },
      });
      if (!customer) throw new Refused({ ok: false, error: ALREADY_REVIEWED });
      const { previous, fields } = await write(tx, { tenantId, customerId }, requested, customer);
      await tx.changeRequest.update({
        where: { id: found.id, tenantId },
        data: { previous: previous ?? Prisma.JsonNull },
      });
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "changeRequest.applied",
          entityType: "ChangeRequest",
          entityId: found.id,
          customerId,
          data: { kind: found.kind, fields },
        },
        tx,
      );
      await notifyCustomer(tx, {
        tenantId,
        customerId,
        type: "changeRequest.reviewed",
        title: "changeRequests.notify.applied",
        link: "/portal/profile",
        emailCategory: "status",
      });
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
  return { ok: true, id: found.id };
}

type Current = {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  email: string | null;
  mobile: string | null;
  phone: string | null;
};

async function write(
  tx: Prisma.TransactionClient,
  scope: { tenantId: string; customerId: string },
  change: ChangeValues,
  current: Current,
): Promise<{ previous: Prisma.InputJsonObject | null; fields: string[] }> {
  const where = { id: scope.customerId, tenantId: scope.tenantId };
  switch (change.kind) {
    case "ADDRESS": {
      const { street, postalCode, city, country } = change.value;
      await tx.customer.update({ where, data: { street, postalCode, city, country: country ?? current.country } });
      return {
        previous: { street: current.street, postalCode: current.postalCode, city: current.city, country: current.country },
        fields: ["street", "postalCode", "city", "country"],
      };
    }
    case "EMAIL":
      await tx.customer.update({ where, data: { email: change.value.email } });
      return { previous: { email: current.email }, fields: ["email"] };
    case "PHONE": {
      const { field, number } = change.value;
      await tx.customer.update({ where, data: { [field]: number } });
      return { previous: { field, number: current[field] }, fields: [field] };
    }
    case "BANK_ACCOUNT": {
      if (!change.value) throw new Refused({ ok: false, error: "changeRequests.errors.unreadable" });
      const accounts = { tenantId: scope.tenantId, customerId: scope.customerId };
      const old = await tx.bankAccount.findFirst({
        where: accounts,
        orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
        select: { holder: true, iban: true, bic: true },
      });
      await tx.bankAccount.updateMany({ where: { ...accounts, isDefault: true }, data: { isDefault: false } });
      const same = await tx.bankAccount.findFirst({ where: { ...accounts, iban: change.value.iban }, select: { id: true } });
      if (same) {
        await tx.bankAccount.update({ where: { id: same.id }, data: { ...change.value, isDefault: true } });
      } else {
        await tx.bankAccount.create({ data: { ...accounts, ...change.value, isDefault: true, createdAt: now() } });
      }
      return { previous: old, fields: ["bankAccounts"] };
    }
  }
}
