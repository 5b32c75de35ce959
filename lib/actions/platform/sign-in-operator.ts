"use server";

import { cookies } from "next/headers";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { requestMeta } from "@/lib/actions/account/request-meta";
import { checkOperatorPassword } from "@/lib/platform/auth/check-operator-password";
import { LOGIN_TICKET_SECONDS } from "@/lib/platform/auth/login-ticket";
import { platformCookieOptions, platformLoginCookieName } from "@/lib/platform/auth/platform-cookies";
import { onPlatformHost } from "@/lib/platform/on-platform-host";

/** Operator sign-in, step 1 (e-mail, password): on success the page goes on to the code or the enrolment. */
export async function signInOperatorAction(input: unknown): Promise<ActionResult<{ next: "code" | "enrol" }>> {
  if (!(await onPlatformHost())) return { ok: false, error: "common.errors.notAllowed" };
  const result = await checkOperatorPassword(input, await requestMeta());
  if (!result.ok) return result;
  (await cookies()).set(platformLoginCookieName(), result.ticket, { ...platformCookieOptions(), maxAge: LOGIN_TICKET_SECONDS });
  return { ok: true, data: { next: result.next } };
}
