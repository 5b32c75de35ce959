import "server-only";
import { db } from "../../db/client";
import type { Locale } from "../../db/generated/enums";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type OwnContactUser = {
  id: string;
  email: string;
  phone: string | null;
  kind: "STAFF" | "CUSTOMER";
  customerId: string | null;
  passwordHash: string | null;
  locale: Locale | null;
};

/** The signed-in, active user's own row (scoped by tenant), or AccessDeniedError. */
export async function ownContactUser(ctx: RequestContext | null): Promise<{ ctx: RequestContext; user: OwnContactUser }> {
  if (!ctx) throw new AccessDeniedError();
  const user = await db.user.findFirst({
    where: { id: ctx.actor.id, tenantId: ctx.tenant.id, status: "ACTIVE" },
    select: { id: true, email: true, phone: true, kind: true, customerId: true, passwordHash: true, locale: true },
  });
  if (!user) throw new AccessDeniedError();
  return { ctx, user };
}
