import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { ownAccount } from "./own-account";

/** "Alle als gelesen markieren": every unread notification of the signed-in account. Returns how many. */
export async function markAllNotificationsRead(ctx: RequestContext | null): Promise<number> {
  const { tenantId, userId } = ownAccount(ctx);
  const { count } = await db.notification.updateMany({ where: { tenantId, userId, readAt: null }, data: { readAt: now() } });
  return count;
}
