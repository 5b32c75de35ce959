import "server-only";
import { db } from "../db/client";
import { writeAudit } from "../audit/write-audit";
import type { Locale } from "../db/generated/enums";
import { localeFor, localeFromDb, localeToDb, type Language } from "../i18n/locales";
import { enqueueBrandedEmail } from "../jobs/enqueue-branded-email";
import { lockoutNoticeMail } from "../mail/templates/lockout-notice-mail";
import {
  accountKey,
  clearFailures,
  ipKey,
  recordFailure,
  THROTTLE,
  throttleWaitSeconds,
  type ThrottleKey,
} from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import { consumeRecoveryCode } from "./recovery-codes";
import { checkLoginSmsCode, sendLoginSmsCode } from "./sms-second-factor";
import { normalizeTotpCode } from "./totp/totp-settings";
import { verifyTotpForUser } from "./totp/verify-totp";
import type { SessionClaims } from "./session-claims";

export type SecondFactorMethod = "totp" | "sms";

type Attempt = {
  tenantId: string;
  identifier: string;
  password: string;
  /** TOTP code or recovery code, when the account has a second factor */
  secondFactorCode?: string;
  /** The language switcher's choice in this browser (cookie), if any */
  language?: Language | null;
  ip: string | null;
  userAgent: string | null;
};

export type PasswordAuthResult =
  | { ok: true; claims: Pick<SessionClaims, "userId" | "tenantId" | "kind" | "sessionVersion"> }
  | { ok: false; reason: "invalid" | "second_factor_invalid" }
  | { ok: false; reason: "second_factor_required"; method: SecondFactorMethod }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks e-mail or customer number + password within one tenant, behind per-account and per-IP
 * throttling. Unknown accounts cost the same Argon2 verification as known ones, and throttling is
 * keyed by what was typed, so neither timing nor delays reveal which accounts exist.
 */
export async function authenticateWithPassword(attempt: Attempt): Promise<PasswordAuthResult> {
  const keys: ThrottleKey[] = [accountKey(attempt.identifier), ...(attempt.ip ? [ipKey(attempt.ip)] : [])];
  const auditBase = { tenantId: attempt.tenantId, ip: attempt.ip, userAgent: attempt.userAgent };

  const wait = await throttleWaitSeconds(attempt.tenantId, keys);
  if (wait > 0) {
    await writeAudit({ ...auditBase, actorUserId: null, actorKind: "anonymous", action: "auth.login_throttled", data: { wait } });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const identifier = attempt.identifier.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: {
      tenantId: attempt.tenantId,
      OR: [
        { email: identifier },
        { kind: "CUSTOMER", customer: { tenantId: attempt.tenantId, customerNumber: attempt.identifier.trim() } },
      ],
    },
    select: {
      id: true,
      tenantId: true,
      kind: true,
      status: true,
      email: true,
      passwordHash: true,
      sessionVersion: true,
      totpEnabledAt: true,
      phone: true,
      phoneVerifiedAt: true,
      smsSecondFactor: true,
      locale: true,
      tenant: { select: { name: true, customer2faPolicy: true, locale: true } },
    },
  });

  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, attempt.password)
    : (await verifyPassword(await dummyPasswordHash(), attempt.password)) && false;

  if (!user || !ok || user.status !== "ACTIVE") {
    const [accountFailures] = await Promise.all(keys.map((k) => recordFailure(attempt.tenantId, k)));
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
    if (user && accountFailures === THROTTLE.account.lockoutNoticeAt) await sendLockoutNotice(attempt, user);
    return { ok: false, reason: "invalid" };
  }

  const method = secondFactorMethod(user);
  if (method) {
    const code = attempt.secondFactorCode?.trim();
    if (!code) {
      if (method === "sms") {
        await sendLoginSmsCode({
          tenantId: attempt.tenantId,
          userId: user.id,
          tenantName: user.tenant.name,
          phone: user.phone!,
          locale: localeFromDb(user.locale ?? user.tenant.locale),
        });
      }
      return { ok: false, reason: "second_factor_required", method };
    }
    const valid =
      method === "totp"
        ? await checkSecondFactor(attempt, user.id, code)
        : await checkLoginSmsCode({ tenantId: attempt.tenantId, userId: user.id, code });
    if (!valid) {
      await Promise.all(keys.map((k) => recordFailure(attempt.tenantId, k)));
      await writeAudit({ ...auditBase, actorUserId: user.id, actorKind: "anonymous", action: "auth.second_factor_failed" });
      return { ok: false, reason: "second_factor_invalid" };
    }
  }

  await clearFailures(attempt.tenantId, keys[0]!);
  // A language picked on the login page before the account had one becomes the account's (for its
  // e-mails and SMS); a stored choice is never overwritten from a cookie.
  const chosenLocale =
    !user.locale && attempt.language ? localeToDb(localeFor(attempt.language, localeFromDb(user.tenant.locale))) : null;
  await db.user.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date(), ...(chosenLocale ? { locale: chosenLocale } : {}) },
  });
  await writeAudit({
    ...auditBase,
    actorUserId: user.id,
    actorKind: user.kind === "STAFF" ? "staff" : "customer",
    action: "auth.login",
  });
  return { ok: true, claims: { userId: user.id, tenantId: user.tenantId, kind: user.kind, sessionVersion: user.sessionVersion } };
}

/**
 * TOTP wherever it is set up (staff must have it). Customers without TOTP get an SMS code to their
 * verified number when the tenant requires a second factor or they chose SMS themselves.
 */
function secondFactorMethod(user: {
  kind: "STAFF" | "CUSTOMER";
  totpEnabledAt: Date | null;
  phone: string | null;
  phoneVerifiedAt: Date | null;
  smsSecondFactor: boolean;
  tenant: { customer2faPolicy: "OFF" | "OPTIONAL" | "REQUIRED" };
}): SecondFactorMethod | null {
  if (user.totpEnabledAt) return "totp";
  if (user.kind !== "CUSTOMER" || !user.phone || !user.phoneVerifiedAt) return null;
  if (user.tenant.customer2faPolicy === "REQUIRED" || (user.smsSecondFactor && user.tenant.customer2faPolicy !== "OFF"))
    return "sms";
  return null;
}

/** A 6-digit TOTP code (replay-safe) or one of the user's recovery codes (single use). */
async function checkSecondFactor(attempt: Attempt, userId: string, code: string): Promise<boolean> {
  const target = { tenantId: attempt.tenantId, userId };
  if (normalizeTotpCode(code)) return verifyTotpForUser(db, { ...target, code });
  return db.$transaction((tx) => consumeRecoveryCode(tx, { ...target, code, ip: attempt.ip, userAgent: attempt.userAgent }));
}

/** Tells the owner of the account about repeated failures (no details an attacker could use), in their language. */
async function sendLockoutNotice(
  attempt: Attempt,
  user: { id: string; kind: "STAFF" | "CUSTOMER"; email: string; locale: Locale | null; tenant: { locale: Locale } },
): Promise<void> {
  const locale = localeFromDb(user.locale ?? user.tenant.locale);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + THROTTLE.maxDelayMs) } });
    await enqueueBrandedEmail(tx, {
      tenantId: attempt.tenantId,
      to: user.email,
      locale,
      content: { ...lockoutNoticeMail(locale), signature: user.kind !== "STAFF" },
    });
    await writeAudit(
      {
        tenantId: attempt.tenantId,
        actorUserId: user.id,
        actorKind: "system",
        action: "auth.lockout",
        ip: attempt.ip,
        userAgent: attempt.userAgent,
      },
      tx,
    );
  });
}
