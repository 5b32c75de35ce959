import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Locale } from "../../db/generated/enums";
import { hashPasswordResetToken, looksLikePasswordResetToken } from "./password-reset-token";

export type PasswordResetTokenInfo = {
  codeId: string;
  userId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  /** For the notice e-mail after the reset. */
  locale: Locale | null;
};

/**
 * The usable reset token for this tenant, or null when it is malformed, unknown, of another tenant,
 * expired, already used or superseded, or the account is no longer active. Reads only: the reset page's
 * GET uses it, so a mail scanner that prefetches the link burns nothing.
 */
export async function findPasswordResetToken({
  tenantId,
  token,
}: {
  tenantId: string;
  token: string;
}): Promise<PasswordResetTokenInfo | null> {
  if (!looksLikePasswordResetToken(token)) return null;
  const code = await db.oneTimeCode.findFirst({
    where: {
      tenantId,
      purpose: "PASSWORD_RESET",
      codeHash: hashPasswordResetToken(token),
      consumedAt: null,
      expiresAt: { gt: now() },
      user: { tenantId, status: "ACTIVE" },
    },
    select: { id: true, user: { select: { id: true, email: true, firstName: true, lastName: true, locale: true } } },
  });
  if (!code) return null;
  return {
    codeId: code.id,
    userId: code.user.id,
    email: code.user.email,
    firstName: code.user.firstName,
    lastName: code.user.lastName,
    locale: code.user.locale,
  };
}
