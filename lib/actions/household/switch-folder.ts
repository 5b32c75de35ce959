"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { folderCookieName, folderCookieOptions } from "@/lib/data/context/folder-cookie";
import { openHouseholdFolder } from "@/lib/data/households/open-household-folder";
import { refuseDenied } from "../refuse-denied";

/**
 * "Ordner öffnen" on /portal/household: checks the consent (never trusts the id), remembers the
 * member's folder in the folder cookie (folder-cookie.ts) (or clears it for the own folder) and goes to the start page.
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
    store.set(folderCookieName(), result.data.folderCustomerId, folderCookieOptions());
  } else {
    store.delete({ name: folderCookieName(), path: "/" });
  }
  redirect("/portal");
}
