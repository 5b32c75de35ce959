import type { InvitationStep, Locale, Prisma, PrismaClient } from "../../db/generated/client";
import { now } from "../../clock";
import { invitationToken } from "../../validation/invitation";
import { hashInvitationToken } from "./invitation-token";

export type OpenInvitation = {
  id: string;
  tenantId: string;
  step: InvitationStep;
  email: string;
  expiresAt: Date;
  /** Staff accounts are invited the same way; their registration ends at the TOTP enrolment. */
  kind: "CUSTOMER" | "STAFF";
  /** Who sent it (staff registrations notify them). */
  createdById: string | null;
  user: {
    id: string;
    email: string;
    phone: string | null;
    firstName: string | null;
    lastName: string | null;
    /** Their own language, if they ever chose one (else the tenant's applies). */
    locale: Locale | null;
    customerId: string | null;
    advisorId: string | null;
  };
};

export type FoundInvitation =
  | { state: "invalid" }
  | { state: "expired" | "revoked" | "used"; invitation: OpenInvitation }
  | { state: "open"; invitation: OpenInvitation };

type Reader = Pick<Prisma.TransactionClient | PrismaClient, "invitation">;

/**
 * Looks an invitation up by the hash of the link's token, bound to the tenant of the current host
 * (another tenant's host gets "invalid", the same answer as a token that never existed) and to the
 * e-mail it was sent to. Read-only: a mail scanner's GET can call this as often as it likes.
 */
export async function findInvitation(client: Reader, scope: { tenantId: string; token: unknown }): Promise<FoundInvitation> {
  const token = invitationToken.safeParse(scope.token);
  if (!token.success) return { state: "invalid" };
  const row = await client.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token.data) },
    select: {
      id: true,
      tenantId: true,
      step: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdById: true,
      user: {
        select: {
          id: true,
          tenantId: true,
          kind: true,
          status: true,
          email: true,
          phone: true,
          firstName: true,
          lastName: true,
          locale: true,
          customerId: true,
          customer: { select: { advisorId: true } },
        },
      },
    },
  });
  if (!row || row.tenantId !== scope.tenantId || row.user.tenantId !== scope.tenantId) return { state: "invalid" };
  if (row.user.status === "DISABLED") return { state: "invalid" };
  const { customer, tenantId: _t, kind: _k, status: _s, ...user } = row.user;
  const invitation: OpenInvitation = {
    id: row.id,
    tenantId: row.tenantId,
    step: row.step,
    email: row.email,
    expiresAt: row.expiresAt,
    kind: row.user.kind,
    createdById: row.createdById,
    user: { ...user, advisorId: customer?.advisorId ?? null },
  };
  if (row.acceptedAt || row.step === "DONE" || row.user.status === "ACTIVE") return { state: "used", invitation };
  if (row.revokedAt) return { state: "revoked", invitation };
  // Bound to the address it was sent to: a later change of the account's e-mail needs a new invitation.
  if (row.user.email !== row.email) return { state: "revoked", invitation };
  if (row.expiresAt <= now()) return { state: "expired", invitation };
  return { state: "open", invitation };
}
