"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { platformCookieOptions, platformSessionCookieName } from "@/lib/platform/auth/platform-cookies";
import { signOutOperator } from "@/lib/platform/auth/sign-out-operator";
import { getPlatformContext } from "@/lib/platform/platform-context";

/** "Abmelden": ends every session of the operator (new sessionVersion) and clears the cookie here. */
export async function signOutOperatorAction(): Promise<void> {
  const ctx = await getPlatformContext();
  if (ctx) await signOutOperator(ctx);
  (await cookies()).delete({ name: platformSessionCookieName(), ...platformCookieOptions() });
  redirect("/admin/login");
}
