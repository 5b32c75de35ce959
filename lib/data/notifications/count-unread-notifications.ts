import "server-only";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { ownAccount } from "./own-account";

/**
 * How many of the signed-in account's notifications are unread: the number on the "Mitteilungen"
 * link in the broker header. One count on the (tenantId, userId, readAt, …) index, every page load.
 */
export async function countUnreadNotifications(ctx: RequestContext | null): Promise<number> {
  const { tenantId, userId } = ownAccount(ctx);
  return db.notification.count({ where: { tenantId, userId, readAt: null } });
}
