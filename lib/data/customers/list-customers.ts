import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { customerSearch, type CustomerSearch } from "../../validation/customer-search";
import { toPage, type Page } from "../../validation/pagination";
import { requireStaff } from "../context/access-error";
import { getInvitationStates, type InvitationState } from "../invitations/get-invitation-states"; // issue #3: invitation state
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "./customer-access";
import { customerDisplayName } from "./customer-display-name";

export type CustomerListItem = {
  id: string;
  customerNumber: string;
  kind: "PERSON" | "COMPANY";
  displayName: string;
  email: string | null;
  city: string | null;
  advisorName: string | null;
  contractCount: number;
  hasPortalAccount: boolean;
  /** issue #3: portal invitation state shown in the broker's list */
  invitation: InvitationState;
};

// id last: a stable order is what makes the cursor continue exactly where the page ended.
const ORDER: Record<CustomerSearch["sort"], Prisma.CustomerOrderByWithRelationInput[]> = {
  name: [{ lastName: "asc" }, { companyName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  number: [{ customerNumber: "asc" }, { id: "asc" }],
  // ids are UUIDv7, so id order is creation order and uses the primary key index.
  newest: [{ id: "desc" }],
};

/**
 * Portal state as a filter, matching getInvitationStates: registered = an active own account;
 * sent = an open, unexpired invitation; expired = invited but every open link has run out.
 */
function invitationWhere(state: NonNullable<CustomerSearch["invitation"]>, tenantId: string): Prisma.CustomerWhereInput {
  const own = { kind: "CUSTOMER" as const, contactPersonId: null, tenantId };
  const open = { tenantId, revokedAt: null, acceptedAt: null };
  const registered: Prisma.CustomerWhereInput = { accounts: { some: { ...own, status: "ACTIVE" } } };
  const at = now();
  switch (state) {
    case "registered":
      return registered;
    case "sent":
      return {
        NOT: registered,
        accounts: { some: { ...own, status: "INVITED", invitations: { some: { ...open, expiresAt: { gt: at } } } } },
      };
    case "expired":
      return {
        NOT: registered,
        accounts: { some: { ...own, status: "INVITED", invitations: { some: open, none: { ...open, expiresAt: { gt: at } } } } },
      };
    case "none":
      return { NOT: registered, accounts: { none: { ...own, status: "INVITED", invitations: { some: open } } } };
  }
}

/** The broker's customer list: one indexed query, cursor-paginated, filtered and sorted. */
export async function listCustomers(
  ctx: RequestContext | null,
  input: Partial<CustomerSearch> = {},
): Promise<Page<CustomerListItem>> {
  requireStaff(ctx);
  const { q, cursor, take, advisor, kind, invitation, sort } = customerSearch.parse(input);
  const search: Prisma.CustomerWhereInput | undefined = q
    ? {
        OR: [
          { lastName: { contains: q, mode: "insensitive" } },
          { firstName: { contains: q, mode: "insensitive" } },
          { companyName: { contains: q, mode: "insensitive" } },
          { customerNumber: { contains: q, mode: "insensitive" } },
          { email: { contains: q, mode: "insensitive" } },
          { contracts: { some: { tenantId: ctx.tenant.id, policyNumber: { contains: q, mode: "insensitive" } } } },
        ],
      }
    : undefined;

  const rows = await db.customer.findMany({
    where: {
      AND: [
        customerAccessWhere(ctx),
        ...(search ? [search] : []),
        ...(advisor ? [{ advisorId: advisor === "none" ? null : advisor }] : []),
        ...(kind ? [{ kind }] : []),
        ...(invitation ? [invitationWhere(invitation, ctx.tenant.id)] : []),
      ],
    },
    orderBy: ORDER[sort],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      customerNumber: true,
      kind: true,
      firstName: true,
      lastName: true,
      companyName: true,
      email: true,
      city: true,
      advisor: { select: { firstName: true, lastName: true } },
      _count: { select: { contracts: { where: { deletedAt: null } }, accounts: { where: { status: "ACTIVE" } } } },
    },
  });

  // issue #3: one extra query for the invitation state of the listed customers
  const invitations = await getInvitationStates(
    ctx,
    rows.map((r) => r.id),
  );
  return toPage(
    rows.map((r) => ({
      id: r.id,
      customerNumber: r.customerNumber,
      kind: r.kind,
      displayName: customerDisplayName(r),
      email: r.email,
      city: r.city,
      advisorName: r.advisor ? [r.advisor.firstName, r.advisor.lastName].filter(Boolean).join(" ") : null,
      contractCount: r._count.contracts,
      hasPortalAccount: r._count.accounts > 0,
      invitation: invitations[r.id] ?? { status: "none" },
    })),
    take,
  );
}
