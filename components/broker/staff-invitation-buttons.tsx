"use client";

import { useTranslations } from "next-intl";
import { resendStaffInvitationAction } from "@/lib/actions/staff/resend-staff-invitation";
import { revokeStaffInvitationAction } from "@/lib/actions/staff/revoke-staff-invitation";
import { InvitationControls } from "./invitation-controls";

type Props = { userId: string; name: string; open: boolean };

/** "Erneut einladen" (and "Widerrufen" for an open link) for a staff member who has not registered. */
export function StaffInvitationButtons({ userId, name, open }: Props) {
  const t = useTranslations("broker.staff");
  return (
    <InvitationControls
      sendLabel={t("reinvite")}
      sentText={{ key: "broker.staff.reinviteSent", values: { name } }}
      canRevoke={open}
      send={() => resendStaffInvitationAction({ userId })}
      revoke={() => revokeStaffInvitationAction({ userId })}
    />
  );
}
