import { invitationBrandedHtml } from "./invitation-branded-html";

export type InvitationEmailInput = {
  tenantName: string;
  primaryColor: string;
  recipientName: string | null;
  link: string;
  expiresAt: Date;
};

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });

/** The customer's invitation to the broker's portal (link valid 48 hours, single use). */
export function invitationEmail(input: InvitationEmailInput): { subject: string; text: string; html: string } {
  const greeting = input.recipientName ? `Guten Tag ${input.recipientName},` : "Guten Tag,";
  const until = `${dateTime.format(input.expiresAt)} Uhr`;
  const paragraphs = [
    greeting,
    `${input.tenantName} lädt Sie zu Ihrem persönlichen Kundenportal ein. Dort finden Sie Ihre Verträge und Dokumente jederzeit an einem Ort.`,
    `Die Registrierung dauert etwa zwei Minuten: Sie bestätigen Ihre E-Mail-Adresse und Ihre Mobilnummer mit je einem Code und legen ein Passwort fest.`,
    `Der Link ist bis ${until} gültig und kann nur einmal verwendet werden.`,
  ];
  const footer = "Sie haben diese Einladung nicht erwartet? Dann ignorieren Sie diese E-Mail einfach.";
  return {
    subject: `Ihre Einladung zum Kundenportal von ${input.tenantName}`,
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
