"use client";

import { useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import { sendInvitationAction } from "@/lib/actions/invitations/send-invitation";
import { InvitationControls } from "./invitation-controls";

type Props = { customerId: string; customerName: string; status: "none" | "sent" | "expired" };

/** "Einladen" / "Erneut einladen" (and "Widerrufen" for an open invitation) in the customer list. */
export function InviteButton({ customerId, customerName, status }: Props) {
  const t = useTranslations("broker.customers");
  return (
    <InvitationControls
      sendLabel={status === "none" ? t("invite") : t("reinvite")}
      sentText={{ key: "broker.customers.inviteSent", values: { name: customerName } }}
      canRevoke={status === "sent"}
      send={() => sendInvitationAction({ customerId })}
      revoke={() => revokeInvitationAction({ customerId })}
    />
  );
}
