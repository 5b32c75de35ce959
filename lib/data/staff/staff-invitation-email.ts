import { invitationBrandedHtml } from "../../mail/templates/invitation-branded-html";

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });

/** A staff member's invitation to the broker workspace (same link rules as the customers' one). */
export function staffInvitationEmail(input: {
  tenantName: string;
  primaryColor: string;
  recipientName: string;
  roleName: string;
  link: string;
  expiresAt: Date;
}): { subject: string; text: string; html: string } {
  const until = `${dateTime.format(input.expiresAt)} Uhr`;
  const paragraphs = [
    `Guten Tag ${input.recipientName},`,
    `${input.tenantName} hat Sie als Mitarbeiter (${input.roleName}) in das Maklerportal eingeladen.`,
    `Die Registrierung dauert wenige Minuten: Sie bestätigen Ihre E-Mail-Adresse und Ihre Mobilnummer mit je einem Code und legen ein Passwort fest. Danach richten Sie eine Authenticator-App als zweiten Faktor ein.`,
    `Der Link ist bis ${until} gültig und kann nur einmal verwendet werden.`,
  ];
  const footer = "Sie haben diese Einladung nicht erwartet? Dann ignorieren Sie diese E-Mail einfach.";
  return {
    subject: `Ihre Einladung als Mitarbeiter von ${input.tenantName}`,
    text: [...paragraphs, `Registrierung starten: ${input.link}`, footer, `— ${input.tenantName}`].join("\n\n"),
    html: invitationBrandedHtml({
      tenantName: input.tenantName,
      primaryColor: input.primaryColor,
      paragraphs,
      button: { href: input.link, label: "Registrierung starten" },
      footer,
    }),
  };
}
