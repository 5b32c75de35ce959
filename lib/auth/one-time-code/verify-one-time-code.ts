import type { CodePurpose, Prisma } from "../../db/generated/client";
import { now } from "../../clock";
import { hashCode, sameHash } from "./code-hash";
import { CODE_RULES } from "./code-rules";
import { codeThrottle } from "./code-throttle";

export type CodeCheck =
  | { ok: true; target: string | null }
  | { ok: false; reason: "wrong"; attemptsLeft: number }
  | { ok: false; reason: "no_code" | "expired" | "used_up" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Checks a code against the newest open code of this user and purpose. Wrong entries are counted
 * before comparing (an atomic conditional increment), so parallel guesses cannot exceed the limit,
 * and the code is consumed with a conditional update, so it works exactly once.
 */
export async function verifyOneTimeCode(
  tx: Prisma.TransactionClient,
  scope: { tenantId: string; userId: string; purpose: CodePurpose; code: string },
): Promise<CodeCheck> {
  const throttle = await codeThrottle(tx, scope);
  if (throttle.lockedSeconds > 0) return { ok: false, reason: "locked", retryAfterSeconds: throttle.lockedSeconds };

  const latest = await tx.oneTimeCode.findFirst({
    where: { tenantId: scope.tenantId, userId: scope.userId, purpose: scope.purpose },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true, target: true, attempts: true, expiresAt: true, consumedAt: true },
  });
  if (!latest || latest.consumedAt) return { ok: false, reason: "no_code" };
  const at = now();
  if (latest.expiresAt <= at) return { ok: false, reason: "expired" };

  const reserved = await tx.oneTimeCode.updateMany({
    where: { id: latest.id, consumedAt: null, attempts: { lt: CODE_RULES.maxAttemptsPerCode } },
    data: { attempts: { increment: 1 } },
  });
  if (reserved.count === 0) return { ok: false, reason: "used_up" };

  if (!sameHash(hashCode(scope.code, scope), latest.codeHash)) {
    return { ok: false, reason: "wrong", attemptsLeft: Math.max(0, CODE_RULES.maxAttemptsPerCode - latest.attempts - 1) };
  }
  // The right entry is not a failure: give the reserved attempt back while consuming the code.
  const consumed = await tx.oneTimeCode.updateMany({
    where: { id: latest.id, consumedAt: null },
    data: { consumedAt: at, attempts: { decrement: 1 } },
  });
  if (consumed.count === 0) return { ok: false, reason: "no_code" };
  return { ok: true, target: latest.target };
}
