import { passwordMailHtml } from "./password-mail-html";

type Input = { tenantName: string; loginUrl: string; via: "reset" | "change" };

/** Notice after every password change so the owner notices a change they did not make. */
export function passwordChangedMail({ tenantName, loginUrl, via }: Input): { subject: string; text: string; html: string } {
  const subject = `Ihr Passwort wurde geändert – ${tenantName}`;
  const paragraphs = [
    "Guten Tag,",
    via === "reset"
      ? `das Passwort für Ihr Konto im Kundenportal von ${tenantName} wurde über den Link „Passwort vergessen“ neu gesetzt.`
      : `das Passwort für Ihr Konto im Kundenportal von ${tenantName} wurde in den Sicherheitseinstellungen geändert.`,
    "Aus Sicherheitsgründen wurden alle anderen Anmeldungen beendet.",
    `Wenn Sie das nicht waren, setzen Sie Ihr Passwort bitte sofort über „Passwort vergessen?“ auf ${loginUrl} zurück und informieren Sie Ihren Makler.`,
  ];
  const text = paragraphs.join("\n\n");
  const html = passwordMailHtml({ tenantName, paragraphs, button: { href: loginUrl, label: "Zur Anmeldung" } });
  return { subject, text, html };
}
