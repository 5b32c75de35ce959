import "server-only";
import { db } from "../../db/client";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { presignAvatar } from "./own-avatar";

export type OwnAvatar = {
  /** Short-lived inline URL of the current photo; null when there is none. */
  photoUrl: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string;
};

/** The signed-in staff member's own photo for "Foto für Kunden" on the security page. */
export async function getOwnAvatar(ctx: RequestContext | null): Promise<OwnAvatar> {
  requireStaff(ctx);
  const tenantId = ctx.tenant.id;
  const user = await db.user.findFirst({
    where: { id: ctx.actor.id, tenantId, kind: "STAFF" },
    select: { avatarKey: true, firstName: true, lastName: true, email: true },
  });
  if (!user) throw new AccessDeniedError("own staff account");
  const { avatarKey, ...name } = user;
  return { ...name, photoUrl: await presignAvatar(avatarKey, tenantId) };
}
