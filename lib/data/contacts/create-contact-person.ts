import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { CONTACT_PERSON_FIELDS, contactPersonInput, type ContactPersonInput } from "../../validation/contact-person";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { companyForContactWrite, type ContactWriteResult } from "./contact-company";

/** Adds a contact person to a company; needs the "manage contact persons" right. */
export async function createContactPerson(
  ctx: RequestContext | null,
  companyId: string,
  input: ContactPersonInput,
): Promise<ContactWriteResult> {
  const company = await companyForContactWrite(ctx, companyId);
  if (!company.ok) return company;
  const parsed = contactPersonInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const { ctx: staff, companyId: customerId } = company;

  return db.$transaction(async (tx) => {
    const contact = await tx.contactPerson.create({
      data: { ...parsed.data, tenantId: staff.tenant.id, customerId },
      select: { id: true },
    });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "contact_person.created",
        entityType: "ContactPerson",
        entityId: contact.id,
        customerId,
        // Which fields were filled in, never their values (the log must not copy personal data).
        data: { fields: CONTACT_PERSON_FIELDS.filter((field) => parsed.data[field] !== null) },
      },
      tx,
    );
    return { ok: true as const, id: contact.id };
  });
}
