import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { accountKey, recordFailure, throttleWaitSeconds } from "../../auth/login-throttle";
import { verifyPassword } from "../../auth/password";
import type { Msg } from "../../i18n/message-key";
import type { RequestContext } from "../context/types";
import type { OwnSecondFactorUser } from "./own-second-factor-user";

/**
 * Re-authentication for second-factor changes. Failures count towards the same per-account throttle
 * as the login, so a stolen session cannot be used to guess the password faster than the login form.
 * Returns the error (catalog key) or null when the password is right.
 */
export async function verifyCurrentPassword(
  ctx: RequestContext,
  user: Pick<OwnSecondFactorUser, "id" | "email" | "kind" | "customerId" | "passwordHash">,
  password: string,
  purpose: string,
): Promise<Msg | null> {
  const key = accountKey(user.email);
  const wait = await throttleWaitSeconds(ctx.tenant.id, [key]);
  if (wait > 0) return { key: "account.errors.tooManyAttempts", values: { seconds: wait } };
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return null;
  await recordFailure(ctx.tenant.id, key);
  await writeAudit({
    tenantId: ctx.tenant.id,
    actorUserId: user.id,
    actorKind: user.kind === "STAFF" ? "staff" : "customer",
    action: "auth.reauthentication_failed",
    entityType: "User",
    entityId: user.id,
    customerId: user.customerId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    data: { purpose },
  });
  return "account.errors.currentPasswordWrong";
}
