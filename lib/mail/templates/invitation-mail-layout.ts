import { invitationBrandedHtml } from "./invitation-branded-html";

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });

type Layout = { tenantName: string; primaryColor: string; subject: string; intro: string[]; link: string; expiresAt: Date };

/** Shared frame of every invitation mail: intro, validity, start button, "not expected?" footer, text + HTML. */
export function invitationMailLayout(input: Layout): { subject: string; text: string; html: string } {
  const paragraphs = [
    ...input.intro,
    `Der Link ist bis ${dateTime.format(input.expiresAt)} Uhr gültig und kann nur einmal verwendet werden.`,
  ];
  const footer = "Sie haben diese Einladung nicht erwartet? Dann ignorieren Sie diese E-Mail einfach.";
  return {
    subject: input.subject,
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
