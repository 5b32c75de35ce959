import "server-only";
import { writeAudit, type AuditEntry } from "../../audit/write-audit";
import { now } from "../../clock";
import type { Prisma } from "../../db/generated/client";
import type { Msg } from "../../i18n/message-key";
import { generateRecoveryCodes } from "../recovery-codes";
import { encryptSecret } from "../secret-box";
import { matchTotpCode } from "./match-totp-code";
import { totpSecretContext } from "./totp-settings";

export type ConfirmTotpResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: Msg };

/**
 * Activates TOTP once the user proved the app works: the first code must match the pending secret
 * (from createTotpEnrolment). Stores the secret encrypted, marks its step as used (the enrolment
 * code cannot be replayed at the next login), and returns fresh recovery codes to show once.
 * Replaces an earlier TOTP secret. Run inside db.$transaction.
 */
export async function confirmTotpEnrolment(
  client: Prisma.TransactionClient,
  input: { tenantId: string; userId: string; secret: string; code: string } & Pick<AuditEntry, "ip" | "userAgent">,
): Promise<ConfirmTotpResult> {
  const user = await client.user.findFirst({
    where: { id: input.userId, tenantId: input.tenantId },
    select: { id: true, kind: true },
  });
  if (!user) return { ok: false, error: "account.secondFactor.errors.accountNotFound" };

  // The pending secret travels through the caller (e.g. a sealed form field): accept only what
  // createTotpEnrolment makes (20 bytes base32 = 32 characters), otplib would throw on anything else.
  if (!/^[A-Z2-7]{32}$/.test(input.secret)) return { ok: false, error: "account.secondFactor.errors.setupExpired" };

  const step = await matchTotpCode(input.secret, input.code);
  if (step === null) return { ok: false, error: "account.secondFactor.errors.codeWrong" };

  await client.user.update({
    where: { id: user.id },
    data: {
      totpSecret: encryptSecret(input.secret, totpSecretContext(user.id)),
      totpEnabledAt: now(),
      totpLastUsedStep: step,
    },
  });
  await writeAudit(
    {
      tenantId: input.tenantId,
      actorUserId: user.id,
      actorKind: user.kind === "STAFF" ? "staff" : "customer",
      action: "auth.totp_enabled",
      entityType: "User",
      entityId: user.id,
      ip: input.ip,
      userAgent: input.userAgent,
    },
    client,
  );
  const recoveryCodes = await generateRecoveryCodes(client, input);
  return { ok: true, recoveryCodes };
}
