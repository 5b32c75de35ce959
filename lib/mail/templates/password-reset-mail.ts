import { passwordMailHtml } from "./password-mail-html";

type Input = { tenantName: string; link: string; validMinutes: number };

/** The "forgot password" e-mail with the one-hour reset link. */
export function passwordResetMail({ tenantName, link, validMinutes }: Input): { subject: string; text: string; html: string } {
  const subject = `Passwort zurücksetzen – ${tenantName}`;
  const paragraphs = [
    "Guten Tag,",
    `für Ihr Konto im Kundenportal von ${tenantName} wurde das Zurücksetzen des Passworts angefordert.`,
    `Der Link ist ${validMinutes} Minuten gültig und kann nur einmal verwendet werden.`,
    "Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren – Ihr Passwort bleibt unverändert.",
  ];
  const text = [paragraphs[0], "", paragraphs[1], "", "Neues Passwort festlegen:", link, "", paragraphs[2], paragraphs[3]].join(
    "\n",
  );
  const html = passwordMailHtml({ tenantName, paragraphs, button: { href: link, label: "Neues Passwort festlegen" } });
  return { subject, text, html };
}
