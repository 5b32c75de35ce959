import { invitationMailLayout } from "./invitation-mail-layout";

export type InvitationEmailInput = {
  tenantName: string;
  primaryColor: string;
  recipientName: string | null;
  link: string;
  expiresAt: Date;
};

/** The customer's invitation to the broker's portal (link valid 48 hours, single use). */
export function invitationEmail(input: InvitationEmailInput): { subject: string; text: string; html: string } {
  return invitationMailLayout({
    ...input,
    subject: `Ihre Einladung zum Kundenportal von ${input.tenantName}`,
    intro: [
      input.recipientName ? `Guten Tag ${input.recipientName},` : "Guten Tag,",
      `${input.tenantName} lädt Sie zu Ihrem persönlichen Kundenportal ein. Dort finden Sie Ihre Verträge und Dokumente jederzeit an einem Ort.`,
      `Die Registrierung dauert etwa zwei Minuten: Sie bestätigen Ihre E-Mail-Adresse und Ihre Mobilnummer mit je einem Code und legen ein Passwort fest.`,
    ],
  });
}
