import { writeAudit } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";
import { msg } from "../../i18n/message-key";
import { notifyStaff } from "../../notifications/notify-staff";
import type { DomainCheckReason } from "../../validation/domains";
import { LOST } from "./check-error";
import { promoteNextPrimary } from "./promote-next-primary";
import { newVerificationToken } from "./verification-token";

const DOMAINS_PAGE = "/broker/settings/domains";

/**
 * Switches off a verified domain whose records the daily check found gone several times in a row:
 * the name may have lapsed or moved to someone else, who must not receive the portal's reset,
 * invitation and notification links. It stops being served (FAILED, lastError "lost"), another
 * verified domain becomes primary (else links use the subdomain), and it gets a new verification
 * token — the old one stays readable in public DNS history, so a new owner of the name could
 * otherwise verify it again. The worker does not look at it any more; the broker sets the records
 * anew and checks by hand. Owners and admins get a notification and an e-mail. Runs in
 * record-domain-check.ts's transaction, under its locks; the caller clears the tenant cache.
 */
export async function switchOffLostDomain(
  tx: Prisma.TransactionClient,
  domain: { id: string; tenantId: string; host: string; isPrimary: boolean },
  options: { now: Date; reason: DomainCheckReason },
): Promise<void> {
  const { tenantId } = domain;
  await tx.domain.update({
    where: { id: domain.id },
    data: {
      status: "FAILED",
      isPrimary: false,
      lastError: LOST,
      lastCheckedAt: options.now,
      nextCheckAt: null,
      checkCount: 0,
      verificationToken: newVerificationToken(),
    },
  });
  const newPrimaryId = domain.isPrimary ? await promoteNextPrimary(tx, tenantId) : null;
  await writeAudit(
    {
      tenantId,
      actorUserId: null,
      actorKind: "system",
      action: "tenant.domainLost",
      entityType: "Domain",
      entityId: domain.id,
      data: { reason: options.reason, wasPrimary: domain.isPrimary, newPrimaryId },
    },
    tx,
  );
  const admins = await tx.user.findMany({
    where: { tenantId, kind: "STAFF", status: "ACTIVE", staffRole: { key: { in: ["owner", "admin"] } } },
    select: { id: true },
  });
  for (const admin of admins) {
    await notifyStaff(tx, {
      tenantId,
      userId: admin.id,
      type: "domain.lost",
      title: msg("domains.notice.lost", { host: domain.host }),
      link: DOMAINS_PAGE,
    });
  }
}
