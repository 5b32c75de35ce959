import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { accountKey } from "../../auth/login-throttle";
import { checkNewPassword } from "../../auth/password-policy";
import { hashPassword } from "../../auth/password";
import { now } from "../../clock";
import { db } from "../../db/client";
import { localeFromDb } from "../../i18n/locales";
import type { Msg } from "../../i18n/message-key";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { passwordChangedMail } from "../../mail/templates/password-changed-mail";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { findPasswordResetToken } from "./find-password-reset-token";

type Input = { tenantId: string; token: string; password: string; ip?: string | null; userAgent?: string | null };

export type ResetPasswordResult =
  { ok: true; email: string } | { ok: false; reason: "invalid_token" } | { ok: false; reason: "weak_password"; message: Msg };

/**
 * Sets a new password with a reset token of this tenant. The token is consumed in the same
 * transaction that changes the password (a second use, even concurrently, finds nothing to consume);
 * sessionVersion is bumped so every existing session ends; lockout counters and the account's sign-in
 * throttle are cleared because the owner just proved control of the mailbox. A notice goes to the
 * account's address.
 */
export async function resetPasswordWithToken({
  tenantId,
  token,
  password,
  ip = null,
  userAgent = null,
}: Input): Promise<ResetPasswordResult> {
  const info = await findPasswordResetToken({ tenantId, token });
  if (!info) return { ok: false, reason: "invalid_token" };

  const policy = checkNewPassword(password, { email: info.email, firstName: info.firstName, lastName: info.lastName });
  if (!policy.ok) return { ok: false, reason: "weak_password", message: policy.message };

  // Argon2 is slow on purpose; hash before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(password);
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { id: true, slug: true, name: true, locale: true },
  });
  const locale = localeFromDb(info.locale ?? tenant.locale);
  const content = passwordChangedMail({
    tenantName: tenant.name,
    loginUrl: `${await tenantBaseUrl(tenant)}/login`,
    via: "reset",
    locale,
  });
  const at = now();

  return db.$transaction(async (tx) => {
    const consumed = await tx.oneTimeCode.updateMany({
      where: { id: info.codeId, tenantId, consumedAt: null, expiresAt: { gt: at } },
      data: { consumedAt: at },
    });
    if (consumed.count !== 1) return { ok: false, reason: "invalid_token" } as const;
    const user = await tx.user.update({
      where: { id: info.userId, tenantId, status: "ACTIVE" },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        failedLoginCount: 0,
        lockedUntil: null,
      },
      select: { id: true, email: true, kind: true, customerId: true, customer: { select: { customerNumber: true } } },
    });
    // The owner proved control of the mailbox: lift the per-account sign-in throttle (both identifiers).
    const identifiers = [user.email, user.customer?.customerNumber].filter((v): v is string => Boolean(v));
    await tx.loginThrottle.deleteMany({ where: { tenantId, key: { in: identifiers.map((i) => accountKey(i).key) } } });
    // Any other outstanding reset link dies with this one.
    await tx.oneTimeCode.updateMany({
      where: { tenantId, userId: user.id, purpose: "PASSWORD_RESET", consumedAt: null },
      data: { consumedAt: at },
    });
    await enqueueBrandedEmail(tx, {
      tenantId,
      to: user.email,
      locale,
      content: { ...content, signature: user.kind !== "STAFF" },
    });
    await writeAudit(
      {
        tenantId,
        actorUserId: user.id,
        actorKind: user.kind === "STAFF" ? "staff" : "customer",
        action: "auth.password_reset",
        entityType: "User",
        entityId: user.id,
        customerId: user.customerId,
        ip,
        userAgent,
      },
      tx,
    );
    return { ok: true, email: user.email } as const;
  });
}
