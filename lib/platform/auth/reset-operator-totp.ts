import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { PLATFORM_AUDIT } from "../platform-audit-actions";

/**
 * Lost authenticator (`npm run platform:operator -- --reset-totp <email>`): removes the operator's
 * app, so the next sign-in after the password sets up a new one, and ends every session and open
 * login ticket (sessionVersion). Run on the server by whoever runs the platform, hence "system".
 * Null when no operator has the address (nothing changed then).
 */
export async function resetOperatorTotp(email: string): Promise<{ id: string } | null> {
  return db.$transaction(async (tx) => {
    const operator = await tx.platformOperator.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    if (!operator) return null;
    await tx.platformOperator.update({
      where: { id: operator.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null, sessionVersion: { increment: 1 } },
    });
    await writeAudit(
      {
        tenantId: null,
        actorUserId: null,
        actorKind: "system",
        action: PLATFORM_AUDIT.operatorTotpReset,
        entityType: "PlatformOperator",
        entityId: operator.id,
        data: { operatorId: operator.id },
      },
      tx,
    );
    return operator;
  });
}
