"use server";

import { headers } from "next/headers";
import {
  completeTwoFactorEnrolment,
  twoFactorSetupInput,
  type TwoFactorSetupResult,
} from "@/lib/auth/complete-two-factor-enrolment";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";

export async function confirmTwoFactorSetup(input: unknown): Promise<TwoFactorSetupResult> {
  const parsed = twoFactorSetupInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Ungültige Eingabe." };
  const pending = await getPendingEnrolment();
  if (!pending) return { ok: false, error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." };
  const h = await headers();
  return completeTwoFactorEnrolment(pending, parsed.data, {
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  });
}
