import "server-only";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

const select = {
  id: true,
  email: true,
  kind: true,
  customerId: true,
  passwordHash: true,
  totpEnabledAt: true,
  phone: true,
  phoneVerifiedAt: true,
  smsSecondFactor: true,
  locale: true,
  tenant: { select: { name: true, customer2faPolicy: true } },
} satisfies Prisma.UserSelect;

export type OwnSecondFactorUser = Prisma.UserGetPayload<{ select: typeof select }>;

/**
 * The signed-in actor's own user row with everything the second-factor rules need. Always keyed by
 * ctx (user id AND tenant id), so no input can point at another account or tenant.
 */
export async function loadOwnSecondFactorUser(
  client: Prisma.TransactionClient,
  ctx: RequestContext | null,
): Promise<OwnSecondFactorUser> {
  if (!ctx) throw new AccessDeniedError();
  const user = await client.user.findFirst({
    where: { id: ctx.actor.id, tenantId: ctx.tenant.id, status: "ACTIVE" },
    select,
  });
  if (!user) throw new AccessDeniedError();
  return user;
}
