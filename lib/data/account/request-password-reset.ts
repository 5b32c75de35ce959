import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { localeFromDb, type AppLocale } from "../../i18n/locales";
import type { MessageKey } from "../../i18n/message-key";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { passwordResetMail } from "../../mail/templates/password-reset-mail";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { hashPasswordResetToken, newPasswordResetToken, PASSWORD_RESET_VALIDITY_MS } from "./password-reset-token";

/** The only answer anyone gets, whether the account exists, is throttled or the host is not a tenant. */
export const PASSWORD_RESET_REQUESTED_MESSAGE: MessageKey = "account.forgotPassword.requested";

/** Per account and hour; more requests are dropped silently (no enumeration, no mail bombing). */
export const MAX_RESET_MAILS_PER_HOUR = 3;

type Input = {
  tenantId: string;
  email: string;
  /** The language the visitor reads the page in; the e-mail uses it unless the account has its own. */
  locale?: AppLocale;
  ip?: string | null;
  userAgent?: string | null;
};

/**
 * Starts a password reset for an ACTIVE account of this tenant. Unknown, inactive and throttled
 * accounts get the same result and nearly the same work (a token is always generated and hashed, one
 * audit row is always written) so neither the answer nor the timing tells which e-mails exist.
 */
export async function requestPasswordReset({ tenantId, email, locale: pageLocale, ip = null, userAgent = null }: Input): Promise<{
  message: MessageKey;
}> {
  const normalized = email.trim().toLowerCase();
  const token = newPasswordResetToken();
  const codeHash = hashPasswordResetToken(token);
  const at = now();

  const [user, tenant] = await Promise.all([
    db.user.findFirst({
      where: { tenantId, email: normalized },
      select: { id: true, email: true, kind: true, status: true, locale: true },
    }),
    db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, slug: true, name: true, locale: true } }),
  ]);
  const audit = { tenantId: tenant ? tenantId : null, actorKind: "anonymous" as const, ip, userAgent };
  // Built for unknown accounts too: same work, similar timing.
  const link = tenant ? `${await tenantBaseUrl(tenant)}/reset-password/${token}` : "";
  // The account's own language first, else the one the reset was requested in, else the tenant's.
  const locale = user?.locale ? localeFromDb(user.locale) : (pageLocale ?? localeFromDb(tenant?.locale));
  const content = passwordResetMail({
    tenantName: tenant?.name ?? "",
    link,
    validMinutes: PASSWORD_RESET_VALIDITY_MS / 60_000,
    locale,
  });

  if (!tenant || !user || user.status !== "ACTIVE") {
    await writeAudit({
      ...audit,
      actorUserId: null,
      action: "auth.password_reset_requested",
      data: { outcome: !user ? "unknown_account" : "inactive" },
    });
    return { message: PASSWORD_RESET_REQUESTED_MESSAGE };
  }

  await db.$transaction(async (tx) => {
    const recent = await tx.oneTimeCode.count({
      where: {
        tenantId,
        userId: user.id,
        purpose: "PASSWORD_RESET",
        createdAt: { gt: new Date(at.getTime() - 60 * 60 * 1000) },
      },
    });
    if (recent >= MAX_RESET_MAILS_PER_HOUR) {
      await writeAudit(
        { ...audit, actorUserId: user.id, action: "auth.password_reset_requested", data: { outcome: "throttled" } },
        tx,
      );
      return;
    }
    // Only the newest link works: older unused ones are retired.
    await tx.oneTimeCode.updateMany({
      where: { tenantId, userId: user.id, purpose: "PASSWORD_RESET", consumedAt: null },
      data: { consumedAt: at },
    });
    const code = await tx.oneTimeCode.create({
      data: {
        tenantId,
        userId: user.id,
        purpose: "PASSWORD_RESET",
        codeHash,
        target: user.email,
        expiresAt: new Date(at.getTime() + PASSWORD_RESET_VALIDITY_MS),
        // The application clock, not the database's, so tests can move time consistently.
        createdAt: at,
      },
      select: { id: true },
    });
    await enqueueBrandedEmail(tx, {
      tenantId,
      to: user.email,
      locale,
      content: { ...content, signature: user.kind !== "STAFF" },
    });
    await writeAudit(
      {
        ...audit,
        actorUserId: user.id,
        action: "auth.password_reset_requested",
        entityType: "OneTimeCode",
        entityId: code.id,
        data: { outcome: "sent" },
      },
      tx,
    );
  });
  return { message: PASSWORD_RESET_REQUESTED_MESSAGE };
}
