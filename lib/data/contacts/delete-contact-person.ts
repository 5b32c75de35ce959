import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { contactForWrite, type ContactWriteResult } from "./contact-company";

/**
 * Removes a contact person. One linked to a portal login that is still active or invited stays: deleting
 * it would silently unlink a working account (the relation is SET NULL), so the broker deactivates it first.
 */
export async function deleteContactPerson(ctx: RequestContext | null, contactPersonId: string): Promise<ContactWriteResult> {
  const { ctx: staff, contact } = await contactForWrite(ctx, contactPersonId);
  return db.$transaction(async (tx) => {
    // The "no login" condition is part of the DELETE, so a login linked meanwhile cannot slip through.
    const { count } = await tx.contactPerson.deleteMany({
      where: {
        id: contact.id,
        tenantId: staff.tenant.id,
        OR: [{ user: { is: null } }, { user: { is: { status: "DISABLED" } } }],
      },
    });
    if (count === 0) return { ok: false as const, error: "contacts.errors.hasPortalAccount" as const };
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "contact_person.deleted",
        entityType: "ContactPerson",
        entityId: contact.id,
        customerId: contact.customerId,
      },
      tx,
    );
    return { ok: true as const, id: contact.id };
  });
}
