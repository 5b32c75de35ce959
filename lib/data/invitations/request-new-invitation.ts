import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import type { MessageKey } from "../../i18n/message-key";
import { requestNewInvitationInput } from "../../validation/invitation";
import { findInvitation } from "./find-invitation";
import { notifyBroker } from "./notify-broker";
import { refuse, type InvitationResult } from "./result";

// Repeated clicks within this window do not flood the broker's notifications.
const DEDUPE_MS = 24 * 60 * 60 * 1000;

/**
 * From the "link expired" page: asks the broker for a new invitation by creating a notification
 * for the customer's advisor (or the owners/admins). Only for expired or replaced links.
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
    const customer = user.customerId
      ? await tx.customer.findFirst({
          where: { id: user.customerId, tenantId: invitation.tenantId },
          select: { customerNumber: true },
        })
      : null;
    const isStaff = invitation.kind === "STAFF";
    const link = isStaff ? "/broker/staff" : customer ? `/broker?q=${encodeURIComponent(customer.customerNumber)}` : "/broker";
    const at = now();
    const recent = await tx.notification.findFirst({
      where: {
        tenantId: invitation.tenantId,
        type: "invitation.renewal_requested",
        link,
        createdAt: { gt: new Date(at.getTime() - DEDUPE_MS) },
      },
      select: { id: true },
    });
    if (!recent) {
      const name = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;
      await notifyBroker(tx, {
        tenantId: invitation.tenantId,
        advisorId: isStaff ? invitation.createdById : user.advisorId,
        type: "invitation.renewal_requested",
        title: { key: "invitations.notifications.renewalRequested", values: { name } },
        link,
      });
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
        },
        tx,
      );
    }
    return { ok: true as const, data: { message: "onboarding.requestLink.done" as const } };
  });
}
