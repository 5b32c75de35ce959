"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { FOLDER_COOKIE } from "@/lib/data/context/folder-cookie";
import { openHouseholdFolder } from "@/lib/data/households/open-household-folder";
import { refuseDenied } from "../refuse-denied";

/**
 * "Ordner öffnen" on /portal/household: checks the consent (never trusts the id), remembers the
 * member's folder in the mp_folder cookie (or clears it for the own folder) and goes to the start page.
 * The cookie is only a hint: every request checks the consent again (load-request-context).
 */
export async function switchFolderAction(customerId: string): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const result = await refuseDenied<{ folderCustomerId: string | null }>(async () => {
    const opened = await openHouseholdFolder(ctx, customerId);
    return opened.ok ? { ok: true, data: { folderCustomerId: opened.folderCustomerId } } : opened;
  });
  if (!result.ok) return result;
  const store = await cookies();
  if (result.data.folderCustomerId) {
    store.set(FOLDER_COOKIE, result.data.folderCustomerId, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
    });
  } else {
    store.delete({ name: FOLDER_COOKIE, path: "/" });
  }
  redirect("/portal");
}
