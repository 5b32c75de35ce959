import { invitationMailLayout } from "./invitation-mail-layout";

/** A staff member's invitation to the broker workspace (same link rules as the customers' one). */
export function staffInvitationEmail(input: {
  tenantName: string;
  primaryColor: string;
  recipientName: string;
  roleName: string;
  link: string;
  expiresAt: Date;
}): { subject: string; text: string; html: string } {
  return invitationMailLayout({
    ...input,
    subject: `Ihre Einladung als Mitarbeiter von ${input.tenantName}`,
    intro: [
      `Guten Tag ${input.recipientName},`,
      `${input.tenantName} hat Sie als Mitarbeiter (${input.roleName}) in das Maklerportal eingeladen.`,
      `Die Registrierung dauert wenige Minuten: Sie bestätigen Ihre E-Mail-Adresse und Ihre Mobilnummer mit je einem Code und legen ein Passwort fest. Danach richten Sie eine Authenticator-App als zweiten Faktor ein.`,
    ],
  });
}
