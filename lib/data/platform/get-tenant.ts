import "server-only";
import { z } from "zod";
import { now } from "../../clock";
import { db } from "../../db/client";
import { PLATFORM_AUDIT } from "../../platform/platform-audit-actions";
import { requirePlatform, type PlatformContext } from "../../platform/platform-context";
import { subdomainBaseUrl } from "../../tenant/domains/subdomain-url";
import { findTenantOwner } from "./find-tenant-owner";

export type OwnerInvitationState = "sent" | "expired" | "registered" | "none";

export type TenantDetail = {
  id: string;
  name: string;
  slug: string;
  address: string;
  /** verified custom domains (host names only) */
  domains: { host: string; isPrimary: boolean }[];
  status: "ACTIVE" | "SUSPENDED";
  suspendedAt: Date | null;
  /** what the operator wrote when suspending (last suspension) */
  suspendedReason: string | null;
  locale: "de_DE" | "de_CH" | "en";
  createdAt: Date;
  staffCount: number;
  customerCount: number;
  owner: {
    name: string;
    email: string;
    invitation: OwnerInvitationState;
    sentAt: Date | null;
    expiresAt: Date | null;
    /** when the owner last asked for a new link ("Neuen Link anfordern") since the latest invitation */
    renewalRequestedAt: Date | null;
  } | null;
};

const idInput = z.uuid();

/**
 * One tenant for the operator: facts, counts and the owner's invitation state. The owner's name and
 * address are what the operator entered; nothing of customers, contracts, documents or messages.
 */
export async function getTenant(ctx: PlatformContext | null, tenantId: unknown): Promise<TenantDetail | null> {
  requirePlatform(ctx);
  const id = idInput.safeParse(tenantId);
  if (!id.success) return null;
  const tenant = await db.tenant.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      suspendedAt: true,
      locale: true,
      createdAt: true,
      domains: { where: { status: "VERIFIED" }, select: { host: true, isPrimary: true }, orderBy: { host: "asc" } },
      _count: { select: { users: { where: { kind: "STAFF" } }, customers: true } },
    },
  });
  if (!tenant) return null;
  const [owner, suspension] = await Promise.all([
    findTenantOwner(db, tenant.id),
    tenant.status === "SUSPENDED"
      ? db.auditLog.findFirst({
          where: { tenantId: tenant.id, action: PLATFORM_AUDIT.tenantSuspended },
          orderBy: { id: "desc" },
          select: { data: true },
        })
      : null,
  ]);
  const renewalRequestedAt = owner ? await ownerRenewalRequest(tenant.id, owner) : null;
  const { _count, ...facts } = tenant;
  const reason = (suspension?.data as { reason?: unknown } | undefined)?.reason;
  return {
    ...facts,
    address: subdomainBaseUrl(tenant.slug),
    suspendedReason: typeof reason === "string" ? reason : null,
    staffCount: _count.users,
    customerCount: _count.customers,
    owner: owner && {
      name: [owner.firstName, owner.lastName].filter(Boolean).join(" ") || owner.email,
      email: owner.email,
      ...invitationState(owner),
      renewalRequestedAt,
    },
  };
}

type Owner = NonNullable<Awaited<ReturnType<typeof findTenantOwner>>>;

/**
 * The owner's "Neuen Link anfordern" reaches nobody in the office (there is nobody yet): its audit
 * row is the operator's cue. A request older than the latest invitation was answered by it.
 */
async function ownerRenewalRequest(tenantId: string, owner: Owner): Promise<Date | null> {
  const latest = owner.invitations[0];
  if (owner.status !== "INVITED" || !latest || latest.acceptedAt) return null;
  const request = await db.auditLog.findFirst({
    where: { tenantId, action: "invitation.renewal_requested", actorUserId: owner.id, createdAt: { gt: latest.createdAt } },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  return request?.createdAt ?? null;
}

function invitationState(owner: Owner) {
  const latest = owner.invitations[0];
  if (owner.status === "ACTIVE" || latest?.acceptedAt)
    return { invitation: "registered" as const, sentAt: null, expiresAt: null };
  if (!latest) return { invitation: "none" as const, sentAt: null, expiresAt: null };
  const sentAt = latest.sentAt ?? latest.createdAt;
  const state = latest.expiresAt > now() ? ("sent" as const) : ("expired" as const);
  return { invitation: state, sentAt, expiresAt: latest.expiresAt };
}
