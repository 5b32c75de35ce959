import "server-only";
import { db } from "../db/client";
import { writeAudit } from "../audit/write-audit";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { SessionClaims } from "./session-claims";

type Attempt = { tenantId: string; identifier: string; password: string; ip: string | null; userAgent: string | null };

/**
 * Checks e-mail or customer number + password within one tenant. Unknown accounts cost the same
 * Argon2 verification as known ones so timing does not reveal which e-mails exist.
 * Full throttling and lockout are issue #3; failures are counted here already.
 */
export async function authenticateWithPassword(attempt: Attempt): Promise<SessionClaims | null> {
  const identifier = attempt.identifier.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: {
      tenantId: attempt.tenantId,
      OR: [{ email: identifier }, { kind: "CUSTOMER", customer: { customerNumber: attempt.identifier.trim() } }],
    },
    select: { id: true, tenantId: true, kind: true, status: true, passwordHash: true, sessionVersion: true },
  });

  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, attempt.password)
    : (await verifyPassword(await dummyPasswordHash(), attempt.password)) && false;

  const auditBase = { tenantId: attempt.tenantId, ip: attempt.ip, userAgent: attempt.userAgent };
  if (!user || !ok || user.status !== "ACTIVE") {
    if (user) {
      await db.user.update({
        where: { id: user.id },
        data: { failedLoginCount: { increment: 1 }, lastFailedLoginAt: new Date() },
      });
    }
    await writeAudit({
      ...auditBase,
      actorUserId: user?.id ?? null,
      actorKind: "anonymous",
      action: "auth.login_failed",
      data: { reason: !user ? "unknown_account" : !ok ? "wrong_password" : "inactive" },
    });
    return null;
  }

  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lastLoginAt: new Date() } });
  await writeAudit({
    ...auditBase,
    actorUserId: user.id,
    actorKind: user.kind === "STAFF" ? "staff" : "customer",
    action: "auth.login",
  });
  return { userId: user.id, tenantId: user.tenantId, kind: user.kind, sessionVersion: user.sessionVersion };
}
