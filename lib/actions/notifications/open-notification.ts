"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { markNotificationRead } from "@/lib/data/notifications/mark-notification-read";

/**
 * A click on a notification (a plain form, works without JavaScript): marks it read — only the
 * account's own, by id AND user AND tenant — and follows its link if it is a portal path; otherwise
 * back to the list.
 */
export async function openNotificationAction(notificationId: string): Promise<void> {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/notifications");
  const opened = await markNotificationRead(ctx, notificationId);
  revalidatePath("/portal", "layout");
  redirect(opened?.link ?? "/portal/notifications");
}
