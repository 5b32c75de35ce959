import "server-only";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import type { CustomerData } from "../../validation/customer";
import type { RequestContext, StaffActor } from "../context/types";
import { customerAccessWhere } from "./customer-access";

export type CustomerWriteRefusal = { ok: false; field?: string; error: Msg };

type Ctx = RequestContext & { actor: StaffActor };

/**
 * The checks a customer record needs against the database before it is written: the advisor is
 * staff of this tenant, the parent company is a visible company without a cycle, the e-mail is not
 * another customer's or account's, and no similar person exists unless the broker confirmed.
 * `selfId` is the customer being edited (null when creating).
 */
export async function checkCustomerWrite(
  ctx: Ctx,
  data: CustomerData,
  selfId: string | null,
): Promise<CustomerWriteRefusal | null> {
  const tenantId = ctx.tenant.id;
  if (data.advisorId) {
    const advisor = await db.user.findFirst({
      where: { id: data.advisorId, tenantId, kind: "STAFF", status: { not: "DISABLED" } },
      select: { id: true },
    });
    if (!advisor) return { ok: false, field: "advisorId", error: "customers.validation.advisorInvalid" };
  }
  if (data.kind === "COMPANY" && data.parentCompanyId) {
    const refusal = await checkParentCompany(ctx, data.parentCompanyId, selfId);
    if (refusal) return refusal;
  }
  if (data.email) {
    const [customer, account] = await Promise.all([
      db.customer.findFirst({
        where: { tenantId, email: data.email, ...(selfId ? { id: { not: selfId } } : {}) },
        select: { id: true, customerNumber: true },
      }),
      db.user.findFirst({
        where: {
          tenantId,
          email: data.email,
          OR: [{ customerId: null }, ...(selfId ? [{ customerId: { not: selfId } }] : [{}])],
        },
        select: { id: true },
      }),
    ]);
    if (customer) {
      return {
        ok: false,
        field: "email",
        error: (await isVisible(ctx, customer.id))
          ? { key: "customers.errors.emailTaken", values: { number: customer.customerNumber } }
          : "customers.errors.emailTakenElsewhere",
      };
    }
    if (account) return { ok: false, field: "email", error: "customers.errors.emailTakenByAccount" };
  }
  if (data.kind === "PERSON" && data.birthDate && !data.confirmSimilar) {
    const similar = await db.customer.findFirst({
      where: {
        tenantId,
        kind: "PERSON",
        birthDate: data.birthDate,
        firstName: { equals: data.firstName, mode: "insensitive" },
        lastName: { equals: data.lastName, mode: "insensitive" },
        ...(selfId ? { id: { not: selfId } } : {}),
      },
      select: { id: true, customerNumber: true },
    });
    if (similar) {
      // The number is named only to staff who may open that record (advisors see their own book only).
      const error = (await isVisible(ctx, similar.id))
        ? { key: "customers.errors.similarExists" as const, values: { number: similar.customerNumber } }
        : ("customers.errors.similarExistsElsewhere" as const);
      return { ok: false, field: "confirmSimilar", error };
    }
  }
  return null;
}

async function isVisible(ctx: Ctx, customerId: string): Promise<boolean> {
  return (await db.customer.count({ where: { AND: [customerAccessWhere(ctx), { id: customerId }] } })) > 0;
}

/** Walks up from the proposed parent; meeting the edited company again would make a loop. */
async function checkParentCompany(ctx: Ctx, parentId: string, selfId: string | null): Promise<CustomerWriteRefusal | null> {
  const refusal: CustomerWriteRefusal = { ok: false, field: "parentCompanyId", error: "customers.validation.parentInvalid" };
  const parent = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: parentId, kind: "COMPANY" }] },
    select: { id: true },
  });
  if (!parent) return refusal;
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current === selfId) return { ...refusal, error: "customers.errors.parentLoop" };
    const row: { parentCompanyId: string | null } | null = await db.customer.findFirst({
      where: { id: current, tenantId: ctx.tenant.id },
      select: { parentCompanyId: true },
    });
    current = row?.parentCompanyId ?? null;
  }
  return null;
}

/** Advisors limited to their own customers can only create and keep customers assigned to themselves. */
export function advisorFor(ctx: Ctx, requested: string | null): string | null {
  return ctx.actor.role.onlyOwnCustomers ? ctx.actor.id : requested;
}
