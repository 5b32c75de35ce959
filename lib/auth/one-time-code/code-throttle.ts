import type { CodePurpose, Prisma, PrismaClient } from "../../db/generated/client";
import { now } from "../../clock";
import { CODE_RULES } from "./code-rules";

export type CodeReader = Pick<Prisma.TransactionClient | PrismaClient, "oneTimeCode">;

export type CodeThrottle = {
  /** Seconds until another code may be sent (0 = now). */
  resendWaitSeconds: number;
  /** Seconds until entries are accepted again after too many failures (0 = not locked). */
  lockedSeconds: number;
};

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** Send throttle and failure lock for one user and purpose (see code-rules.ts). */
export async function codeThrottle(
  client: CodeReader,
  scope: { tenantId: string; userId: string; purpose: CodePurpose },
): Promise<CodeThrottle> {
  const at = now();
  const recent = await client.oneTimeCode.findMany({
    where: {
      tenantId: scope.tenantId,
      userId: scope.userId,
      purpose: scope.purpose,
      createdAt: { gt: new Date(at.getTime() - CODE_RULES.windowMs) },
    },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, attempts: true, consumedAt: true },
  });

  let resendWaitMs = 0;
  const last = recent.at(-1);
  if (last) resendWaitMs = last.createdAt.getTime() + CODE_RULES.minResendIntervalMs - at.getTime();
  const oldestCounted = recent.at(-CODE_RULES.maxSendsPerWindow);
  if (recent.length >= CODE_RULES.maxSendsPerWindow && oldestCounted) {
    resendWaitMs = Math.max(resendWaitMs, oldestCounted.createdAt.getTime() + CODE_RULES.windowMs - at.getTime());
  }

  // A consumed code's attempts count too: they were wrong entries made before the right one.
  let failures = recent.reduce((sum, c) => sum + c.attempts, 0);
  let lockedMs = 0;
  for (const code of recent) {
    if (failures < CODE_RULES.maxFailuresPerWindow) break;
    failures -= code.attempts;
    lockedMs = code.createdAt.getTime() + CODE_RULES.windowMs - at.getTime();
  }

  return { resendWaitSeconds: seconds(resendWaitMs), lockedSeconds: seconds(lockedMs) };
}
