"use server";

import { headers } from "next/headers";
import {
  completeTwoFactorEnrolment,
  twoFactorSetupInput,
  type TwoFactorSetupResult,
} from "@/lib/auth/complete-two-factor-enrolment";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";
import type { Msg } from "@/lib/i18n/message-key";

export async function confirmTwoFactorSetup(input: unknown): Promise<TwoFactorSetupResult> {
  const parsed = twoFactorSetupInput.safeParse(input);
  if (!parsed.success) {
    // Schema messages are catalog keys.
    const message = parsed.error.issues[0]?.message as Msg | undefined;
    return { ok: false, error: message ?? "account.errors.invalidInput" };
  }
  const pending = await getPendingEnrolment();
  if (!pending) return { ok: false, error: "common.errors.sessionExpired" };
  const h = await headers();
  return completeTwoFactorEnrolment(pending, parsed.data, {
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  });
}
