import "server-only";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import type { MessageKey } from "../../i18n/message-key";
import { requestNewInvitationInput } from "../../validation/invitation";
import { findInvitation, type OpenInvitation } from "./find-invitation";
import { notifyBroker } from "./notify-broker";
import { refuse, type InvitationResult } from "./result";

// Repeated clicks within this window do not flood the broker's notifications.
const DEDUPE_MS = 24 * 60 * 60 * 1000;

/** The broker was told (now or by an earlier request within a day). */
const DONE = "onboarding.requestLink.done" satisfies MessageKey;
/** Nobody in the office can be told: an owner invited by the platform, or no active owner/admin left. */
const ASK_OPERATOR = "onboarding.requestLink.askOperator" satisfies MessageKey;
const ASK_BROKER = "onboarding.requestLink.askBroker" satisfies MessageKey;

/**
 * From the "link expired" page: asks the broker for a new invitation by creating a notification
 * for the customer's advisor (or the owners/admins). Only for expired or replaced links. An owner
 * the platform operator invited has nobody in the office to ask: the audit row is what the
 * operator's tenant page shows ("hat einen neuen Link angefordert"), and the answer says so.
 */
export async function requestNewInvitation(scope: {
  tenantId: string;
  token: unknown;
  ip?: string | null;
  userAgent?: string | null;
}): Promise<InvitationResult<{ message: MessageKey }>> {
  const parsed = requestNewInvitationInput.safeParse({ token: scope.token });
  if (!parsed.success) return refuse("onboarding.validation.linkInvalid");

  return db.$transaction(async (tx) => {
    const found = await findInvitation(tx, { tenantId: scope.tenantId, token: parsed.data.token });
    if (found.state === "invalid") return refuse("onboarding.errors.linkInvalid");
    if (found.state === "used") return refuse("onboarding.errors.alreadyRegistered");
    if (found.state === "open") return refuse("onboarding.errors.linkStillValid");

    const { invitation } = found;
    const user = invitation.user;
    const isStaff = invitation.kind === "STAFF";
    // Operators are no tenant accounts: notifyBroker would fall back to owners and admins, and a
    // new tenant has none but the person asking.
    const byOperator =
      isStaff &&
      invitation.createdById !== null &&
      (await tx.platformOperator.count({ where: { id: invitation.createdById } })) > 0;
    const told = byOperator ? "nobody" : await notifyBrokerOnce(tx, invitation);
    // Logged with each new notification; without one, once per link (the operator's cue).
    const logged =
      told === "nobody" &&
      (await tx.auditLog.count({
        where: {
          tenantId: invitation.tenantId,
          action: "invitation.renewal_requested",
          entityType: "Invitation",
          entityId: invitation.id,
        },
      })) > 0;
    if (told !== "earlier" && !logged) {
      await writeAudit(
        {
          tenantId: invitation.tenantId,
          actorUserId: user.id,
          actorKind: "anonymous",
          action: "invitation.renewal_requested",
          entityType: "Invitation",
          entityId: invitation.id,
          customerId: user.customerId,
          ip: scope.ip,
          userAgent: scope.userAgent,
          data: { brokerInformed: told === "now" },
        },
        tx,
      );
    }
    const message = told !== "nobody" ? DONE : isStaff ? ASK_OPERATOR : ASK_BROKER;
    return { ok: true as const, data: { message } };
  });
}

/**
 * Tells the advisor (or the owners/admins) once a day per link target: "now", "earlier" (a request
 * within the day did) or "nobody" (the tenant has nobody to tell).
 */
async function notifyBrokerOnce(tx: Prisma.TransactionClient, invitation: OpenInvitation): Promise<"now" | "earlier" | "nobody"> {
  const { user } = invitation;
  const isStaff = invitation.kind === "STAFF";
  const customer = user.customerId
    ? await tx.customer.findFirst({
        where: { id: user.customerId, tenantId: invitation.tenantId },
        select: { customerNumber: true },
      })
    : null;
  const link = isStaff ? "/broker/staff" : customer ? `/broker?q=${encodeURIComponent(customer.customerNumber)}` : "/broker";
  const recent = await tx.notification.findFirst({
    where: {
      tenantId: invitation.tenantId,
      type: "invitation.renewal_requested",
      link,
      createdAt: { gt: new Date(now().getTime() - DEDUPE_MS) },
    },
    select: { id: true },
  });
  if (recent) return "earlier";
  const name = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;
  const notified = await notifyBroker(tx, {
    tenantId: invitation.tenantId,
    advisorId: isStaff ? invitation.createdById : user.advisorId,
    type: "invitation.renewal_requested",
    title: { key: "invitations.notifications.renewalRequested", values: { name } },
    link,
  });
  return notified > 0 ? "now" : "nobody";
}
