"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { markAllNotificationsRead } from "@/lib/data/notifications/mark-all-notifications-read";

/** "Alle als gelesen markieren" (a plain form): then the list again, with the badge cleared. */
export async function markAllNotificationsReadAction(): Promise<void> {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/notifications");
  await markAllNotificationsRead(ctx);
  revalidatePath("/portal", "layout");
  redirect("/portal/notifications");
}
