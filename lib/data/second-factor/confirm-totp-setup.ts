import "server-only";
import type { z } from "zod";
import { completeTwoFactorEnrolment } from "../../auth/complete-two-factor-enrolment";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import type { RequestContext } from "../context/types";
import type { confirmTotpSetupInput } from "./inputs";
import { loadOwnSecondFactorUser } from "./own-second-factor-user";
import { recordSecondFactorChange } from "./security-notice";
import { verifyCurrentPassword } from "./verify-current-password";

export type SecondFactorResult<T> = { ok: true; data: T } | { ok: false; error: Msg; field?: string };

/**
 * Activates (or replaces) the actor's authenticator app with the sealed secret from startTotpSetup
 * once a first code matches; returns the new recovery codes to show once. Replacing an active app
 * needs the current password: otherwise a stolen session could take over the second factor.
 */
export async function confirmTotpSetup(
  ctx: RequestContext | null,
  input: z.output<typeof confirmTotpSetupInput>,
): Promise<SecondFactorResult<{ recoveryCodes: string[] }>> {
  const user = await loadOwnSecondFactorUser(db, ctx);
  const replacing = user.totpEnabledAt !== null;
  if (replacing) {
    if (!input.currentPassword) {
      return { ok: false, error: "account.validation.currentPasswordRequired", field: "currentPassword" };
    }
    const wrong = await verifyCurrentPassword(ctx!, user, input.currentPassword, "totp_replace");
    if (wrong) return { ok: false, error: wrong, field: "currentPassword" };
  }
  // Same path as the forced enrolment: opens the sealed secret for this user, checks the code,
  // stores the secret, audits auth.totp_enabled and issues new recovery codes in one transaction.
  const result = await completeTwoFactorEnrolment(
    { tenant: ctx!.tenant, userId: user.id, email: user.email },
    { sealed: input.sealed, code: input.code },
    { ip: ctx!.ip, userAgent: ctx!.userAgent },
  );
  if (!result.ok) return { ok: false, error: result.error, field: "code" };
  await db.$transaction((tx) =>
    recordSecondFactorChange(tx, ctx!, user, {
      action: "auth.totp_enabled",
      audit: false,
      change: replacing ? "totpReplaced" : "totpEnabled",
    }),
  );
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}
