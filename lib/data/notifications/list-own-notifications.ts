import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { toPage, type Page } from "../../validation/pagination";
import type { RequestContext } from "../context/types";
import { ownAccount } from "./own-account";
import { safeNotificationLink } from "./safe-notification-link";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationItem = {
  id: string;
  type: string;
  /** generic text written in the recipient's language when the notification was created */
  title: string;
  /** a path inside the reader's own area (/portal for customers, /broker for staff), or null when there is nothing to open */
  link: string | null;
  createdAt: Date;
  isRead: boolean;
};

export type NotificationList = Page<NotificationItem> & { unreadCount: number };

const input = z.object({ cursor: z.uuid().optional().catch(undefined) });

/** The signed-in account's notifications, newest first, 20 per page, plus how many are unread. */
export async function listOwnNotifications(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<NotificationList> {
  const { tenantId, userId, ctx: own } = ownAccount(ctx);
  const { cursor } = input.parse(params);
  const where = { tenantId, userId };
  // a cursor that is not one of the account's own notifications starts at the top
  const validCursor = cursor ? await db.notification.findFirst({ where: { ...where, id: cursor }, select: { id: true } }) : null;
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTIFICATIONS_PAGE_SIZE + 1,
      ...(validCursor ? { cursor: { id: validCursor.id }, skip: 1 } : {}),
      select: { id: true, type: true, title: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const page = toPage(
    rows.map(({ readAt, link, ...n }) => ({ ...n, link: safeNotificationLink(own.actor.kind, link), isRead: readAt !== null })),
    NOTIFICATIONS_PAGE_SIZE,
  );
  return { ...page, unreadCount };
}
