import "server-only";
import { cookies } from "next/headers";
import type { Msg } from "@/lib/i18n/message-key";
import type { OperatorSessionResult } from "@/lib/platform/auth/complete-operator-sign-in";
import { platformCookieOptions, platformLoginCookieName, platformSessionCookieName } from "@/lib/platform/auth/platform-cookies";
import { onPlatformHost } from "@/lib/platform/on-platform-host";

export type OperatorStepResult = { ok: true } | { ok: false; error: Msg; restart: boolean };

/**
 * Runs a second-factor step with the login ticket cookie; on success swaps the ticket for the session
 * cookie (a browser-session cookie: closing the browser ends it too). `restart`: the ticket is gone
 * (expired, signed out, operator disabled), the form sends the operator back to the password step.
 */
export async function finishOperatorSignIn(
  step: (loginTicket: string | undefined) => Promise<OperatorSessionResult>,
): Promise<OperatorStepResult> {
  if (!(await onPlatformHost())) return { ok: false, error: "common.errors.notAllowed", restart: true };
  const cookieStore = await cookies();
  const result = await step(cookieStore.get(platformLoginCookieName())?.value);
  const restart = !result.ok && result.restart === true;
  if (result.ok || restart) cookieStore.delete({ name: platformLoginCookieName(), ...platformCookieOptions() });
  if (!result.ok) return { ok: false, error: result.error, restart };
  cookieStore.set(platformSessionCookieName(), result.session, platformCookieOptions());
  return { ok: true };
}
