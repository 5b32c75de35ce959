import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { accountKey, recordFailure, throttleWaitSeconds } from "../../auth/login-throttle";
import { verifyPassword } from "../../auth/password";
import type { RequestContext } from "../context/types";
import { contactChangeAudit } from "./contact-change-audit";
import type { OwnContactUser } from "./own-contact-user";
import type { ContactChangeFailure } from "./types";

/**
 * Re-authentication before a contact change (security.md 13). Failures count towards the login's
 * per-account throttle, so a hijacked session cannot guess the password faster than the login form.
 */
export async function reauthenticate(
  ctx: RequestContext,
  user: OwnContactUser,
  password: string,
  purpose: "email_change" | "phone_change",
): Promise<ContactChangeFailure | null> {
  const key = accountKey(user.email);
  const wait = await throttleWaitSeconds(ctx.tenant.id, [key]);
  if (wait > 0) {
    return {
      ok: false,
      field: "currentPassword",
      message: { key: "account.errors.tooManyAttempts", values: { seconds: wait } },
      retryAfterSeconds: wait,
    };
  }
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return null;
  await recordFailure(ctx.tenant.id, key);
  await writeAudit({ ...contactChangeAudit(ctx, user), action: "auth.reauthentication_failed", data: { purpose } });
  return { ok: false, field: "currentPassword", message: "account.errors.currentPasswordWrong" };
}
