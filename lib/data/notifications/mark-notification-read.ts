import "server-only";
import { z } from "zod";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { ownAccount } from "./own-account";
import { safeNotificationLink } from "./safe-notification-link";

/**
 * Marks one of the account's own notifications as read and says where it leads (a safe path in
 * the reader's own area: /portal for customers, /broker for staff).
 * Someone else's id, another tenant's id or garbage: nothing changes and the answer is null.
 */
export async function markNotificationRead(
  ctx: RequestContext | null,
  notificationId: unknown,
): Promise<{ link: string | null } | null> {
  const { tenantId, userId, ctx: own } = ownAccount(ctx);
  const parsed = z.uuid().safeParse(notificationId);
  if (!parsed.success) return null;
  const where = { id: parsed.data, tenantId, userId };
  const notification = await db.notification.findFirst({ where, select: { link: true, readAt: true } });
  if (!notification) return null;
  if (!notification.readAt) await db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: now() } });
  return { link: safeNotificationLink(own.actor.kind, notification.link) };
}
