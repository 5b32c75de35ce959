import "server-only";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";

export type StaffContext = RequestContext & { actor: StaffActor };

export type ContactWriteResult =
  { ok: true; id: string } | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * The company a contact-person change is about, for a staff member allowed to manage contact persons.
 * A customer outside the actor's scope (other tenant, another advisor's book) is refused like a
 * missing one; a visible person gets a message instead, since contact persons belong to companies only.
 */
export async function companyForContactWrite(
  ctx: RequestContext | null,
  customerId: string,
): Promise<{ ok: true; ctx: StaffContext; companyId: string } | { ok: false; error: Msg }> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.manageContactPersons) throw new AccessDeniedError("manageContactPersons");
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: customerId }] },
    select: { id: true, kind: true },
  });
  if (!customer) throw new AccessDeniedError("customer not visible");
  if (customer.kind !== "COMPANY") return { ok: false, error: "contacts.errors.notACompany" };
  return { ok: true, ctx, companyId: customer.id };
}

/** A contact person the staff member may change: right held, its company visible to them; else refused. */
export async function contactForWrite(ctx: RequestContext | null, contactPersonId: string) {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.manageContactPersons) throw new AccessDeniedError("manageContactPersons");
  const contact = await db.contactPerson.findFirst({
    where: {
      id: contactPersonId,
      tenantId: ctx.tenant.id,
      customer: { AND: [customerWriteAccessWhere(ctx), { kind: "COMPANY" }] },
    },
    select: {
      id: true,
      customerId: true,
      firstName: true,
      lastName: true,
      position: true,
      email: true,
      businessPhone: true,
      mobile: true,
    },
  });
  if (!contact) throw new AccessDeniedError("contact person not visible");
  return { ctx, contact };
}
