import "server-only";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type ContactCard = {
  /** The customer's advisor; null when none is assigned or the account is no longer active. */
  advisor: { firstName: string | null; lastName: string | null; email: string; phone: string | null } | null;
  office: {
    name: string;
    phone: string | null;
    email: string | null;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    officeHours: string | null;
  };
};

/** Who the customer can turn to: the advisor of the viewed folder and the broker's office. */
export async function getContactCard(ctx: RequestContext | null): Promise<ContactCard> {
  requireCustomer(ctx);
  const tenantId = ctx.tenant.id;
  const [customer, office] = await Promise.all([
    db.customer.findFirst({
      where: { tenantId, id: ctx.actor.customerId },
      select: {
        advisor: {
          select: { tenantId: true, kind: true, status: true, firstName: true, lastName: true, email: true, phone: true },
        },
      },
    }),
    db.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: {
        name: true,
        contactPhone: true,
        contactEmail: true,
        street: true,
        postalCode: true,
        city: true,
        officeHours: true,
      },
    }),
  ]);
  const a = customer?.advisor;
  const advisor =
    a && a.tenantId === tenantId && a.kind === "STAFF" && a.status === "ACTIVE"
      ? { firstName: a.firstName, lastName: a.lastName, email: a.email, phone: a.phone }
      : null;
  const { contactPhone, contactEmail, ...rest } = office;
  return { advisor, office: { ...rest, phone: contactPhone, email: contactEmail } };
}
