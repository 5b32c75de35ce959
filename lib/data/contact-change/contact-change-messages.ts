import { invitationBrandedHtml } from "../../mail/templates/invitation-branded-html";
import { passwordMailHtml } from "../../mail/templates/password-mail-html";

type Tenant = { name: string; primaryColor: string };
type Mail = { subject: string; text: string; html: string };

const NOT_YOU = (tenantName: string) =>
  `Wenn Sie das nicht waren, ändern Sie bitte sofort Ihr Passwort und wenden Sie sich an Ihren Makler ${tenantName}.`;

/** The code that confirms a new login e-mail address; sent to the new address. */
export function emailChangeCodeMail(tenant: Tenant, code: string): Mail {
  const paragraphs = [
    "Guten Tag,",
    `mit diesem Code bestätigen Sie Ihre neue E-Mail-Adresse für das Kundenportal von ${tenant.name}. Der Code ist 10 Minuten gültig.`,
  ];
  const footer = "Geben Sie den Code niemals telefonisch oder per E-Mail weiter – auch nicht an uns.";
  return {
    subject: `Ihr Bestätigungscode: ${code}`,
    text: [...paragraphs, code, footer, `— ${tenant.name}`].join("\n\n"),
    html: invitationBrandedHtml({ tenantName: tenant.name, primaryColor: tenant.primaryColor, paragraphs, code, footer }),
  };
}

/** The code that confirms a new mobile number; code first, phones show it in the preview. */
export function phoneChangeCodeSms(tenant: Tenant, code: string): string {
  return `${code} ist Ihr Code zur Bestätigung Ihrer neuen Mobilnummer im Kundenportal von ${tenant.name}. Gültig 10 Minuten. Nicht weitergeben.`;
}

/** Notice to the OLD address after the login e-mail changed. */
export function emailChangedNotice(tenant: Tenant, masked: { to: string }): Mail {
  const paragraphs = [
    "Guten Tag,",
    `die E-Mail-Adresse Ihres Kontos im Kundenportal von ${tenant.name} wurde soeben in ${masked.to} geändert. Sie melden sich künftig mit der neuen Adresse an; an diese Adresse schicken wir keine Nachrichten mehr.`,
    NOT_YOU(tenant.name),
  ];
  return {
    subject: `Ihre E-Mail-Adresse wurde geändert – ${tenant.name}`,
    text: paragraphs.join("\n\n"),
    html: passwordMailHtml({ tenantName: tenant.name, paragraphs }),
  };
}

/** Notice by e-mail (to the account address) after the mobile number changed. */
export function phoneChangedNotice(tenant: Tenant, masked: { to: string }): Mail {
  const paragraphs = [
    "Guten Tag,",
    `die Mobilnummer Ihres Kontos im Kundenportal von ${tenant.name} wurde soeben in ${masked.to} geändert. Sicherheitscodes per SMS gehen ab jetzt an die neue Nummer.`,
    NOT_YOU(tenant.name),
  ];
  return {
    subject: `Ihre Mobilnummer wurde geändert – ${tenant.name}`,
    text: paragraphs.join("\n\n"),
    html: passwordMailHtml({ tenantName: tenant.name, paragraphs }),
  };
}

/** SMS to the OLD number after the mobile number changed. */
export function phoneChangedSms(tenant: Tenant): string {
  return `Die Mobilnummer Ihres Kontos im Kundenportal von ${tenant.name} wurde geändert. Waren Sie das nicht? Wenden Sie sich bitte an Ihren Makler.`;
}
