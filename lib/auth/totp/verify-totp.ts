import "server-only";
import type { Prisma } from "../../db/generated/client";
import { decryptSecret } from "../secret-box";
import { matchTotpCode } from "./match-totp-code";
import { totpSecretContext } from "./totp-settings";

/**
 * Checks a TOTP code of a user with an active second factor (current step ±1 at lib/clock's now).
 * A step is accepted only once: it must be newer than totpLastUsedStep, and recording it is one
 * conditional UPDATE, so two requests racing with the same code cannot both succeed.
 * False for a wrong or replayed code, a user of another tenant, or one without TOTP.
 */
export async function verifyTotpForUser(
  client: Prisma.TransactionClient,
  input: { tenantId: string; userId: string; code: string },
): Promise<boolean> {
  const user = await client.user.findFirst({
    where: { id: input.userId, tenantId: input.tenantId, totpEnabledAt: { not: null }, totpSecret: { not: null } },
    select: { id: true, totpSecret: true, totpLastUsedStep: true },
  });
  if (!user?.totpSecret) return false;

  const step = await matchTotpCode(decryptSecret(user.totpSecret, totpSecretContext(user.id)), input.code, user.totpLastUsedStep);
  if (step === null) return false;

  const recorded = await client.user.updateMany({
    where: {
      id: user.id,
      tenantId: input.tenantId,
      OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }],
    },
    data: { totpLastUsedStep: step },
  });
  return recorded.count === 1;
}
