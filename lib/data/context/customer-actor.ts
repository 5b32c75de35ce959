// No "server-only": load-request-context imports this and is also loaded by scripts outside Next.
import { db } from "../../db/client";
import type { PortalModule, Prisma, ReleaseLevel } from "../../db/generated/client";
import type { TenantBranding } from "../../tenant/tenant-branding";
import { consentedFolder } from "../households/consent-rule";
import { loadCompanyAccess, releaseRecord } from "../company/load-company-access";
import type { CustomerActor } from "./types";

/** The account fields an actor is built from (load-request-context selects the same). */
export const customerAccountSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  customerId: true,
  customer: { select: { kind: true, releases: { select: { module: true, level: true } } } },
} as const;

export type CustomerAccount = {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  customerId: string | null;
  customer: { kind: "PERSON" | "COMPANY"; releases: { module: PortalModule; level: ReleaseLevel }[] } | null;
};

type Options = {
  /** A household member's folder (cookie); honoured only with a live consent and never for company accounts. */
  folderCustomerId?: string | null;
  /** Shows everything read-only (the broker's preview): every customer write is refused. */
  folderReadOnly?: boolean;
  /** Reads through this client (a caller's transaction, e.g. notifications); default the shared client. */
  client?: Prisma.TransactionClient;
};

/**
 * The actor of one loaded customer account: releases of the viewed folder (a household member's folder only
 * with consent, read-only), and for an account of a COMPANY customer its company access (roles, coverage,
 * scope; lib/data/company/load-company-access.ts) — company accounts ignore the household folder.
 */
export async function actorFromAccount(
  tenant: TenantBranding,
  user: CustomerAccount,
  { folderCustomerId = null, folderReadOnly = false, client = db }: Options = {},
): Promise<CustomerActor | null> {
  if (!user.customerId || !user.customer) return null;
  const ownCustomerId = user.customerId;
  const displayName = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;
  if (user.customer.kind === "COMPANY") {
    const company = await loadCompanyAccess(client, tenant.id, {
      companyId: ownCustomerId,
      userId: user.id,
      ownReleases: user.customer.releases,
    });
    const releases = readOnlyIf(folderReadOnly, releaseRecord(user.customer.releases));
    return {
      kind: "CUSTOMER",
      id: user.id,
      email: user.email,
      displayName,
      customerId: ownCustomerId,
      ownCustomerId,
      releases,
      folderReadOnly,
      company: folderReadOnly
        ? { ...company, scope: company.scope.map((e) => ({ ...e, releases: readOnlyIf(true, e.releases) })) }
        : company,
    };
  }
  const folder =
    folderCustomerId && folderCustomerId !== ownCustomerId
      ? await consentedFolder(tenant.id, ownCustomerId, folderCustomerId, client)
      : null;
  const readOnly = folderReadOnly || folder !== null;
  return {
    kind: "CUSTOMER",
    id: user.id,
    email: user.email,
    displayName,
    customerId: folder?.id ?? ownCustomerId,
    ownCustomerId,
    releases: readOnlyIf(readOnly, releaseRecord(folder?.releases ?? user.customer.releases)),
    folderReadOnly: readOnly,
    company: null,
  };
}

function readOnlyIf(readOnly: boolean, releases: Record<PortalModule, ReleaseLevel>) {
  if (!readOnly) return releases;
  return Object.fromEntries(Object.entries(releases).map(([m, level]) => [m, level === "WRITE" ? "READ" : level])) as Record<
    PortalModule,
    ReleaseLevel
  >;
}

/**
 * The actor a customer account gets, built the same way as for a signed-in request (releases, household
 * folder ignored, company access with roles, coverage and scope). Used by load-request-context, the broker's
 * "effective access" view, notifications (who can see an item) and the preview. Returns null for a missing
 * account, another tenant's account or a staff account. Does not check status or session (callers decide);
 * `options.folderReadOnly` shows everything read-only (preview).
 */
export async function buildCustomerActor(
  tenant: TenantBranding,
  userId: string,
  options: { folderReadOnly?: boolean; client?: Prisma.TransactionClient } = {},
): Promise<CustomerActor | null> {
  const client = options.client ?? db;
  const user = await client.user.findFirst({
    where: { id: userId, tenantId: tenant.id, kind: "CUSTOMER" },
    select: customerAccountSelect,
  });
  if (!user) return null;
  return actorFromAccount(tenant, user, { folderReadOnly: options.folderReadOnly ?? false, client });
}
