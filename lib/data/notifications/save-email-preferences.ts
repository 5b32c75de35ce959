import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import {
  EMAIL_CATEGORIES,
  emailPreferencesInput,
  readEmailPreferences,
  type EmailPreferences,
} from "../../validation/email-preferences";
import type { RequestContext } from "../context/types";
import { ownAccount } from "./own-account";

export type SaveEmailPreferencesResult = { ok: true; preferences: EmailPreferences } | { ok: false; error: Msg };

/**
 * Stores which notification e-mails the signed-in account wants. In-app notifications stay on.
 * Audited as notification.preferencesChanged with the names of the kinds that changed.
 */
export async function saveEmailPreferences(context: RequestContext | null, input: unknown): Promise<SaveEmailPreferencesResult> {
  const { tenantId, userId, ctx } = ownAccount(context);
  const parsed = emailPreferencesInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  const next: EmailPreferences = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, tenantId }, select: { emailPreferences: true } });
    if (!user) return { ok: false as const, error: "common.errors.sessionExpired" as const };
    const before = readEmailPreferences(user.emailPreferences);
    const changed = EMAIL_CATEGORIES.filter((k) => before[k] !== next[k]);
    if (changed.length === 0) return { ok: true as const, preferences: next };
    await tx.user.update({ where: { id: userId, tenantId }, data: { emailPreferences: next } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "notification.preferencesChanged",
        entityType: "User",
        entityId: userId,
        customerId: ctx.actor.kind === "CUSTOMER" ? ctx.actor.ownCustomerId : null,
        data: { changed },
      },
      tx,
    );
    return { ok: true as const, preferences: next };
  });
}
