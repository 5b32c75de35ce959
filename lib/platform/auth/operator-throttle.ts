import { delayAfterFailures, THROTTLE } from "../../auth/login-throttle";
import { now } from "../../clock";
import { db } from "../../db/client";

type Counter = { failedLoginCount: number; lastFailedLoginAt: Date | null };

/** A claimed attempt: it already counts as a failure until released or the sign-in succeeds. */
export type OperatorAttempt = { operatorId: string; before: Counter; counted: Counter };

export type OperatorAttemptClaim = { claimed: true; attempt: OperatorAttempt } | { claimed: false; waitSeconds: number };

// The tenants' rules (lib/auth/login-throttle.ts): three free failures, then 1 s, 2 s, 4 s … up to
// 15 minutes; failures older than a day no longer count. Wrong passwords and wrong codes both count.
const freeFailures = THROTTLE.account.freeFailures;

function waitSeconds(counter: Counter, at: Date): number {
  const last = counter.lastFailedLoginAt?.getTime();
  if (last === undefined || at.getTime() - last > THROTTLE.resetAfterMs) return 0;
  const until = last + delayAfterFailures(counter.failedLoginCount, freeFailures);
  return until > at.getTime() ? Math.ceil((until - at.getTime()) / 1000) : 0;
}

/**
 * Claims one sign-in attempt before the password or code is checked: the delay check and the
 * count happen under a row lock, and the attempt counts as a failure right away. Checking first
 * and counting after the (slow) verification let parallel guesses all pass one open delay window.
 */
export async function claimOperatorAttempt(operatorId: string): Promise<OperatorAttemptClaim> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "PlatformOperator" WHERE id = ${operatorId}::uuid FOR UPDATE`;
    const before = await tx.platformOperator.findUniqueOrThrow({
      where: { id: operatorId },
      select: { failedLoginCount: true, lastFailedLoginAt: true },
    });
    const at = now();
    const wait = waitSeconds(before, at);
    if (wait > 0) return { claimed: false, waitSeconds: wait };
    const stale = before.lastFailedLoginAt === null || at.getTime() - before.lastFailedLoginAt.getTime() > THROTTLE.resetAfterMs;
    const counted = { failedLoginCount: stale ? 1 : before.failedLoginCount + 1, lastFailedLoginAt: at };
    await tx.platformOperator.update({ where: { id: operatorId }, data: counted });
    return { claimed: true, attempt: { operatorId, before, counted } };
  });
}

/**
 * Gives a claimed attempt back when the password was right — only the guesses count, and the
 * delay clock must not restart for the code step. Skipped when another attempt was claimed since.
 */
export async function releaseOperatorAttempt(attempt: OperatorAttempt): Promise<void> {
  await db.platformOperator.updateMany({
    where: { id: attempt.operatorId, ...attempt.counted },
    data: attempt.before,
  });
}

/** This failure is the first one with a delay after it (the counter restarts after a success or a quiet day). */
export function startsDelay(attempt: OperatorAttempt): boolean {
  return attempt.counted.failedLoginCount === freeFailures + 1;
}
