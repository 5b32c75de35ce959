"use client";

import { resendStaffInvitationAction } from "@/lib/actions/staff/resend-staff-invitation";
import { revokeStaffInvitationAction } from "@/lib/actions/staff/revoke-staff-invitation";
import { InvitationControls } from "./invitation-controls";

type Props = { userId: string; name: string; open: boolean };

/** "Erneut einladen" (and "Widerrufen" for an open link) for a staff member who has not registered. */
export function StaffInvitationButtons({ userId, name, open }: Props) {
  return (
    <InvitationControls
      sendLabel="Erneut einladen"
      sentText={`Neue Einladung an ${name} wurde versendet.`}
      canRevoke={open}
      send={() => resendStaffInvitationAction({ userId })}
      revoke={() => revokeStaffInvitationAction({ userId })}
    />
  );
}
