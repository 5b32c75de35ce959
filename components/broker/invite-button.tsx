"use client";

import { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import { sendInvitationAction } from "@/lib/actions/invitations/send-invitation";
import { InvitationControls } from "./invitation-controls";

type Props = { customerId: string; customerName: string; status: "none" | "sent" | "expired" };

/** "Einladen" / "Erneut einladen" (and "Widerrufen" for an open invitation) in the customer list. */
export function InviteButton({ customerId, customerName, status }: Props) {
  return (
    <InvitationControls
      sendLabel={status === "none" ? "Einladen" : "Erneut einladen"}
      sentText={`Einladung an ${customerName} wurde versendet.`}
      canRevoke={status === "sent"}
      send={() => sendInvitationAction({ customerId })}
      revoke={() => revokeInvitationAction({ customerId })}
    />
  );
}
