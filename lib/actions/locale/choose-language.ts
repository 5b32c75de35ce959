"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { setOwnLanguage } from "@/lib/data/account/set-own-language";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { LANGUAGE_COOKIE, LANGUAGES } from "@/lib/i18n/locales";

const chooseLanguageInput = z.enum(LANGUAGES);

/** The language switcher: a cookie for this browser, and the account's language for e-mails. */
export async function chooseLanguageAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = chooseLanguageInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(LANGUAGE_COOKIE, parsed.data, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
    maxAge: 60 * 60 * 24 * 365,
  });
  const ctx = await getRequestContext();
  if (ctx) await setOwnLanguage(ctx, parsed.data);
  return { ok: true };
}
