import type { CodePurpose, Prisma } from "../../db/generated/client";
import { now } from "../../clock";
import { generateCode, hashCode } from "./code-hash";
import { CODE_RULES } from "./code-rules";
import { codeThrottle } from "./code-throttle";

export type IssuedCode =
  { ok: true; code: string; expiresAt: Date } | { ok: false; reason: "throttled" | "locked"; retryAfterSeconds: number };

/**
 * Creates a fresh code for one user and purpose and invalidates the older open ones. The caller
 * sends the returned plain code (through the outbox, in the same transaction) and never stores it.
 */
export async function issueOneTimeCode(
  tx: Prisma.TransactionClient,
  scope: { tenantId: string; userId: string; purpose: CodePurpose; target: string },
): Promise<IssuedCode> {
  // Serialise concurrent sends for this user so two requests cannot both pass the throttle.
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${scope.userId}::uuid FOR UPDATE`;
  const throttle = await codeThrottle(tx, scope);
  if (throttle.lockedSeconds > 0) return { ok: false, reason: "locked", retryAfterSeconds: throttle.lockedSeconds };
  if (throttle.resendWaitSeconds > 0) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.resendWaitSeconds };

  const at = now();
  // Only the newest code counts; older open ones end now (their attempts stay for the failure count).
  await tx.oneTimeCode.updateMany({
    where: { tenantId: scope.tenantId, userId: scope.userId, purpose: scope.purpose, consumedAt: null, expiresAt: { gt: at } },
    data: { expiresAt: at },
  });
  const code = generateCode();
  const expiresAt = new Date(at.getTime() + CODE_RULES.validityMs);
  await tx.oneTimeCode.create({
    data: {
      tenantId: scope.tenantId,
      userId: scope.userId,
      purpose: scope.purpose,
      target: scope.target,
      codeHash: hashCode(code, scope),
      expiresAt,
      createdAt: at,
    },
  });
  return { ok: true, code, expiresAt };
}
