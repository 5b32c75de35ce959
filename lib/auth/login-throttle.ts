import { db } from "../db/client";
import { now } from "../clock";

// security.md 8 / NIST SP 800-63B-4 §3.2.2: growing delay per account and per IP, counters in the
// database so every app instance sees them. Keys use the identifier as typed (not the user id), so
// unknown and known accounts are throttled identically and the delay reveals nothing.
export const THROTTLE = {
  account: { freeFailures: 3, lockoutNoticeAt: 10 },
  ip: { freeFailures: 20 },
  maxDelayMs: 15 * 60_000,
  // NIST: at most 100 consecutive failures per account; then a day's pause (or a password reset).
  hardLimit: 100,
  hardLimitDelayMs: 24 * 60 * 60_000,
  // Failures older than this no longer count.
  resetAfterMs: 24 * 60 * 60_000,
} as const;

export type ThrottleKey = { key: string; freeFailures: number };

export const accountKey = (identifier: string): ThrottleKey => ({
  key: `account:${identifier.trim().toLowerCase()}`,
  freeFailures: THROTTLE.account.freeFailures,
});
export const ipKey = (ip: string): ThrottleKey => ({ key: `ip:${ip}`, freeFailures: THROTTLE.ip.freeFailures });

/** 0 for the first free failures, then 1 s, 2 s, 4 s … capped at 15 minutes. */
export function delayAfterFailures(failures: number, freeFailures: number): number {
  if (failures >= THROTTLE.hardLimit) return THROTTLE.hardLimitDelayMs;
  if (failures <= freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures - 1) * 1000, THROTTLE.maxDelayMs);
}

/** Seconds until the next attempt is allowed for any of the keys, or 0. */
export async function throttleWaitSeconds(tenantId: string, keys: ThrottleKey[]): Promise<number> {
  const rows = await db.loginThrottle.findMany({
    where: { tenantId, key: { in: keys.map((k) => k.key) }, blockedUntil: { gt: now() } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return until ? Math.ceil((until - now().getTime()) / 1000) : 0;
}

/** Counts one failure atomically (safe under concurrent attempts) and sets the next allowed time. */
export async function recordFailure(tenantId: string, key: ThrottleKey): Promise<number> {
  const at = now();
  const stale = new Date(at.getTime() - THROTTLE.resetAfterMs);
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("tenantId", "key", "failures", "updatedAt")
    VALUES (${tenantId}::uuid, ${key.key}, 1, ${at})
    ON CONFLICT ("tenantId", "key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."updatedAt" < ${stale} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "updatedAt" = ${at}
    RETURNING "failures"`;
  const failures = rows[0]?.failures ?? 1;
  const delay = delayAfterFailures(failures, key.freeFailures);
  if (delay > 0) {
    await db.loginThrottle.update({
      where: { tenantId_key: { tenantId, key: key.key } },
      data: { blockedUntil: new Date(at.getTime() + delay) },
    });
  }
  return failures;
}

export async function clearFailures(tenantId: string, key: ThrottleKey): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { tenantId, key: key.key } });
}
