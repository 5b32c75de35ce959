import "server-only";
import { db } from "../../db/client";
import { readEmailPreferences, type EmailPreferences } from "../../validation/email-preferences";
import type { RequestContext } from "../context/types";
import { ownAccount } from "./own-account";

/** Which notification e-mails the signed-in account receives (unset kinds: yes). */
export async function getEmailPreferences(ctx: RequestContext | null): Promise<EmailPreferences> {
  const { tenantId, userId } = ownAccount(ctx);
  const user = await db.user.findFirst({ where: { id: userId, tenantId }, select: { emailPreferences: true } });
  return readEmailPreferences(user?.emailPreferences);
}
