import "server-only";
import { writeAudit, type AuditEntry } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";

/**
 * Turns TOTP off for a user: removes the secret and the recovery codes (they only stand in for the
 * second factor). `actor` is who did it – the user after re-authentication, or an administrator
 * resetting a lost phone; authorising that is the caller's job. Returns false when the user does
 * not exist in this tenant. Run inside db.$transaction.
 */
export async function disableTotp(
  client: Prisma.TransactionClient,
  input: {
    tenantId: string;
    userId: string;
    actor?: { userId: string | null; kind: AuditEntry["actorKind"] };
  } & Pick<AuditEntry, "ip" | "userAgent">,
): Promise<boolean> {
  const user = await client.user.findFirst({
    where: { id: input.userId, tenantId: input.tenantId },
    select: { id: true, kind: true, totpEnabledAt: true },
  });
  if (!user) return false;

  await client.user.update({
    where: { id: user.id },
    data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null },
  });
  const removed = await client.recoveryCode.deleteMany({ where: { tenantId: input.tenantId, userId: user.id } });
  const actor = input.actor ?? { userId: user.id, kind: user.kind === "STAFF" ? "staff" : "customer" };
  await writeAudit(
    {
      tenantId: input.tenantId,
      actorUserId: actor.userId,
      actorKind: actor.kind,
      action: "auth.totp_disabled",
      entityType: "User",
      entityId: user.id,
      ip: input.ip,
      userAgent: input.userAgent,
      data: { wasEnabled: user.totpEnabledAt !== null, recoveryCodesRemoved: removed.count },
    },
    client,
  );
  return true;
}
