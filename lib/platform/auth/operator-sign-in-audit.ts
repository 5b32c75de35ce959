import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { db, type Prisma } from "../../db/client";
import { translatorFor } from "../../i18n/translator-for";
import { enqueueEmail } from "../../jobs/enqueue-message";
import { maskEmail } from "../../data/invitations/mask-contact";
import { PLATFORM_AUDIT } from "../platform-audit-actions";
import { startsDelay, type OperatorAttempt } from "./operator-throttle";

/** Where a sign-in attempt came from (the request's address and browser), for the audit rows. */
export type SignInMeta = { ip?: string | null; userAgent?: string | null };

export type SignInFailure = "unknownEmail" | "wrongPassword" | "wrongCode" | "delayed" | "disabled";

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * One platform-level row (no tenant, no tenant account): the operator's id in data — never the
 * password, the code or a plain address.
 */
export function writeOperatorAudit(
  meta: SignInMeta,
  entry: { action: string; operatorId?: string; data?: Record<string, string> },
  client: AuditClient = db,
): Promise<void> {
  return writeAudit(
    {
      tenantId: null,
      actorUserId: null,
      actorKind: "platform",
      action: entry.action,
      ...(entry.operatorId ? { entityType: "PlatformOperator", entityId: entry.operatorId } : {}),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent ?? null,
      data: { ...(entry.operatorId ? { operatorId: entry.operatorId } : {}), ...entry.data },
    },
    client,
  );
}

/** A refused password for an address no operator has: logged masked, so guessing shows without the list of guesses. */
export function auditUnknownOperator(meta: SignInMeta, email: string): Promise<void> {
  return writeOperatorAudit(meta, {
    action: PLATFORM_AUDIT.operatorSignInFailed,
    data: { reason: "unknownEmail", email: maskEmail(email) },
  });
}

/**
 * A refused password or code of a known operator. The failure that starts the delay is logged as
 * such and tells the operator by e-mail — once per series of failures, since the counter reaches
 * that number only once until a sign-in succeeds or a day passes.
 */
export async function auditOperatorFailure(
  meta: SignInMeta,
  operator: { id: string; email: string },
  reason: Exclude<SignInFailure, "unknownEmail">,
  attempt: OperatorAttempt | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await writeOperatorAudit(
      meta,
      { action: PLATFORM_AUDIT.operatorSignInFailed, operatorId: operator.id, data: { reason } },
      tx,
    );
    if (!attempt || !startsDelay(attempt)) return;
    await writeOperatorAudit(meta, { action: PLATFORM_AUDIT.operatorThrottled, operatorId: operator.id }, tx);
    // Platform wording in German (operators have no language setting); nothing an attacker could use.
    const t = translatorFor("de-DE");
    const text = [
      t("platformAdmin.throttleMail.greeting"),
      t("platformAdmin.throttleMail.body"),
      t("platformAdmin.throttleMail.notYou"),
    ];
    await enqueueEmail(tx, {
      tenantId: null,
      to: operator.email,
      subject: t("platformAdmin.throttleMail.subject"),
      text: text.join("\n\n"),
    });
  });
}
