import "server-only";
import { now } from "../../clock";
import type { CompanyRole, Prisma } from "../../db/generated/client";
import { assignableWithin, type CompanyRoleName } from "../../validation/company-user";
import { AccessDeniedError } from "../context/access-error";
import type { UserManagerContext } from "./require-user-manager";

/** At most this many invitation e-mails (new accounts + resends) per company and hour. */
export const INVITATIONS_PER_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

export type UserManagerCompany = {
  id: string;
  /** The broker's ceiling as stored. */
  ceiling: CompanyRole[];
  /** The roles the user manager may hand out (the ceiling without USER_MANAGER). */
  assignable: CompanyRoleName[];
  restricted: boolean;
};

export const RESTRICTED = { ok: false as const, error: "companyUsers.errors.restricted" as const };

/**
 * The user manager's own company, read inside the write's transaction with its row locked (as the broker's
 * ceiling change does), so the ceiling and the GDPR restriction a write checks are the ones it commits
 * under. Every user manager write starts here; a restricted company is refused with RESTRICTED.
 */
export async function lockUserManagerCompany(tx: Prisma.TransactionClient, ctx: UserManagerContext): Promise<UserManagerCompany> {
  const companyId = ctx.actor.company.companyId;
  await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${companyId}::uuid AND "tenantId" = ${ctx.tenant.id}::uuid FOR UPDATE`;
  const company = await tx.customer.findFirst({
    where: { id: companyId, tenantId: ctx.tenant.id, kind: "COMPANY" },
    select: { id: true, companyRolesAllowed: true, restrictedAt: true },
  });
  if (!company) throw new AccessDeniedError("company not found");
  return {
    id: company.id,
    ceiling: company.companyRolesAllowed,
    assignable: assignableWithin(company.companyRolesAllowed),
    restricted: company.restrictedAt !== null,
  };
}

/**
 * True when the account holds nothing the user manager could not have granted: no USER_MANAGER and every
 * role within the ceiling. Only such accounts may be resent, (de)activated or given other roles by the
 * user manager; the rest belongs to the broker.
 */
export function withinReach(roles: readonly string[], assignable: readonly string[]): boolean {
  return roles.every((role) => role !== "USER_MANAGER" && assignable.includes(role));
}

/** Refusal once the company has had INVITATIONS_PER_HOUR invitation e-mails in the last hour (call after the lock). */
export async function invitationLimitReached(tx: Prisma.TransactionClient, ctx: UserManagerContext): Promise<boolean> {
  const sent = await tx.auditLog.count({
    where: {
      tenantId: ctx.tenant.id,
      customerId: ctx.actor.company.companyId,
      action: { in: ["companyUser.created", "companyUser.invitationResent"] },
      createdAt: { gte: new Date(now().getTime() - HOUR_MS) },
    },
  });
  return sent >= INVITATIONS_PER_HOUR;
}

/**
 * The deactivated accounts (of `userIds`) whose latest "companyUser.disabled" entry was written by a
 * customer, i.e. by a user manager: only those may a user manager activate again. An account the broker
 * deactivated (or without such an entry) stays with the broker.
 */
export async function disabledByUserManager(
  client: Prisma.TransactionClient,
  tenantId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await client.auditLog.findMany({
    where: { tenantId, action: "companyUser.disabled", entityType: "User", entityId: { in: [...userIds] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["entityId"],
    select: { entityId: true, actorKind: true },
  });
  return new Set(rows.filter((r) => r.actorKind === "customer" && r.entityId).map((r) => r.entityId!));
}
