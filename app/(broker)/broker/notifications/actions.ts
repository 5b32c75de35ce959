"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { markAllNotificationsRead } from "@/lib/data/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/data/notifications/mark-notification-read";
import { NOTIFICATIONS_HREF } from "./notification-badge";

/**
 * "Öffnen" on a staff notification (a plain form, works without JavaScript): marks it read — only the
 * account's own, by id AND user AND tenant — and follows its link if it is a /broker path; otherwise
 * back to the list. The header badge is counted again on the next render.
 */
export async function openStaffNotificationAction(notificationId: string): Promise<void> {
  const ctx = await getRequestContext();
  if (!ctx) redirect(`/login?callbackUrl=${NOTIFICATIONS_HREF}`);
  const opened = await markNotificationRead(ctx, notificationId);
  revalidatePath("/broker", "layout");
  redirect(opened?.link ?? NOTIFICATIONS_HREF);
}

/** "Alle als gelesen markieren": then the list again, with the header badge cleared. */
export async function markAllStaffNotificationsReadAction(): Promise<void> {
  const ctx = await getRequestContext();
  if (!ctx) redirect(`/login?callbackUrl=${NOTIFICATIONS_HREF}`);
  await markAllNotificationsRead(ctx);
  revalidatePath("/broker", "layout");
  redirect(NOTIFICATIONS_HREF);
}
