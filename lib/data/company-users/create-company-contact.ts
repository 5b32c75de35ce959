import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { CONTACT_PERSON_FIELDS, contactPersonInput, type ContactPersonInput } from "../../validation/contact-person";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

/**
 * "Neuer Kontakt": the user manager adds a contact person to their own company (not to a subsidiary);
 * refused while the company's processing is restricted.
 */
export async function createCompanyContact(ctx: RequestContext | null, input: ContactPersonInput): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  const parsed = contactPersonInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const customerId = ctx.actor.company.companyId;

  return db.$transaction(async (tx): Promise<CompanyUserResult> => {
    if ((await lockUserManagerCompany(tx, ctx)).restricted) return RESTRICTED;
    const contact = await tx.contactPerson.create({
      data: { ...parsed.data, tenantId: ctx.tenant.id, customerId },
      select: { id: true },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyContact.created",
        entityType: "ContactPerson",
        entityId: contact.id,
        customerId,
        // Which fields were filled in, never their values.
        data: { fields: CONTACT_PERSON_FIELDS.filter((field) => parsed.data[field] !== null) },
      },
      tx,
    );
    return { ok: true, id: contact.id };
  });
}
