import "server-only";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { presignAvatar } from "../staff/own-avatar";

export type ContactCard = {
  /** The customer's advisor; null when none is assigned or the account is no longer active. */
  advisor: {
    firstName: string | null;
    lastName: string | null;
    email: string;
    phone: string | null;
    /** Short-lived (60 s) inline URL of the advisor's photo; absent when there is none (initials then). */
    photoUrl?: string;
  } | null;
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
          select: {
            tenantId: true,
            kind: true,
            status: true,
            firstName: true,
            lastName: true,
            email: true,
            phone: true,
            avatarKey: true,
          },
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
  // the key itself never leaves the server; presignAvatar signs only keys under this tenant's prefix
  const photoUrl = advisor && a ? await presignAvatar(a.avatarKey, tenantId) : null;
  const { contactPhone, contactEmail, ...rest } = office;
  return {
    advisor: advisor && photoUrl ? { ...advisor, photoUrl } : advisor,
    office: { ...rest, phone: contactPhone, email: contactEmail },
  };
}
