import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Msg } from "../i18n/message-key";
import type { PendingEnrolment } from "./pending-enrolment";
import { decryptSecret, encryptSecret } from "./secret-box";
import { confirmTotpEnrolment } from "./totp/confirm-totp-enrolment";

const enrolContext = (userId: string) => `totp-enrol:${userId}`;

/** The pending secret travels sealed through the page, bound to the user: nothing is stored before confirmation. */
export const sealPendingSecret = (userId: string, secret: string) => encryptSecret(secret, enrolContext(userId));

export const twoFactorSetupInput = z.object({
  sealed: z.string().min(1).max(500),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "account.validation.appCodeSixDigits"),
});

export type TwoFactorSetupResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: Msg };

export async function completeTwoFactorEnrolment(
  pending: PendingEnrolment,
  input: z.infer<typeof twoFactorSetupInput>,
  request: { ip: string | null; userAgent: string | null },
): Promise<TwoFactorSetupResult> {
  let secret: string;
  try {
    secret = decryptSecret(input.sealed, enrolContext(pending.userId));
  } catch {
    return { ok: false, error: "account.secondFactor.errors.setupExpiredReload" };
  }
  return db.$transaction((tx) =>
    confirmTotpEnrolment(tx, { tenantId: pending.tenant.id, userId: pending.userId, secret, code: input.code, ...request }),
  );
}
