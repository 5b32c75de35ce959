import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { CONTACT_PERSON_FIELDS, contactPersonInput, type ContactPersonInput } from "../../validation/contact-person";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

/**
 * Saves a contact person of the user manager's own company; the audit entry names the changed fields.
 * The login e-mail of an existing account stays as it is (an open invitation takes the new data when resent,
 * which only an account within the user manager's reach can be). Refused while the company is restricted.
 */
export async function updateCompanyContact(
  ctx: RequestContext | null,
  contactId: string,
  input: ContactPersonInput,
): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  const customerId = ctx.actor.company.companyId;
  if (!z.uuid().safeParse(contactId).success) throw new AccessDeniedError("contact person not in own company");
  const parsed = contactPersonInput.safeParse(input);

  return db.$transaction(async (tx): Promise<CompanyUserResult> => {
    if ((await lockUserManagerCompany(tx, ctx)).restricted) return RESTRICTED;
    const contact = await tx.contactPerson.findFirst({
      where: { id: contactId, tenantId: ctx.tenant.id, customerId },
      select: { id: true, firstName: true, lastName: true, position: true, email: true, businessPhone: true, mobile: true },
    });
    if (!contact) throw new AccessDeniedError("contact person not in own company");
    if (!parsed.success) {
      return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
    }
    const changed = CONTACT_PERSON_FIELDS.filter((field) => parsed.data[field] !== contact[field]);
    if (changed.length === 0) return { ok: true, id: contact.id };

    await tx.contactPerson.update({ where: { id: contact.id, tenantId: ctx.tenant.id, customerId }, data: parsed.data });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyContact.updated",
        entityType: "ContactPerson",
        entityId: contact.id,
        customerId,
        data: { fields: changed },
      },
      tx,
    );
    return { ok: true, id: contact.id };
  });
}
