import { invitationBrandedHtml } from "./invitation-branded-html";

/** The e-mail confirmation code of the registration (valid 10 minutes). */
export function registrationCodeEmail(input: { tenantName: string; primaryColor: string; code: string }): {
  subject: string;
  text: string;
  html: string;
} {
  const paragraphs = [
    "Guten Tag,",
    `mit diesem Code bestätigen Sie Ihre E-Mail-Adresse für das Kundenportal von ${input.tenantName}. Der Code ist 10 Minuten gültig.`,
  ];
  const footer = "Geben Sie den Code niemals telefonisch oder per E-Mail weiter – auch nicht an uns.";
  return {
    subject: `Ihr Bestätigungscode: ${input.code}`,
    text: [...paragraphs, input.code, footer, `— ${input.tenantName}`].join("\n\n"),
    html: invitationBrandedHtml({
      tenantName: input.tenantName,
      primaryColor: input.primaryColor,
      paragraphs,
      code: input.code,
      footer,
    }),
  };
}
