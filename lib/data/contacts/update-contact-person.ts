import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { CONTACT_PERSON_FIELDS, contactPersonInput, type ContactPersonInput } from "../../validation/contact-person";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { contactForWrite, type ContactWriteResult } from "./contact-company";

/** Saves an edited contact person; the audit entry names the changed fields only. */
export async function updateContactPerson(
  ctx: RequestContext | null,
  contactPersonId: string,
  input: ContactPersonInput,
): Promise<ContactWriteResult> {
  const { ctx: staff, contact } = await contactForWrite(ctx, contactPersonId);
  const parsed = contactPersonInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const changed = CONTACT_PERSON_FIELDS.filter((field) => parsed.data[field] !== contact[field]);
  if (changed.length === 0) return { ok: true, id: contact.id };

  await db.$transaction(async (tx) => {
    await tx.contactPerson.update({ where: { id: contact.id, tenantId: staff.tenant.id }, data: parsed.data });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "contact_person.updated",
        entityType: "ContactPerson",
        entityId: contact.id,
        customerId: contact.customerId,
        data: { fields: changed },
      },
      tx,
    );
  });
  return { ok: true, id: contact.id };
}
