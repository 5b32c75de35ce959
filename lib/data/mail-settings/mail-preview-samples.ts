import { now } from "../../clock";
import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailPreviewTemplate } from "../../validation/mail-settings";
import type { MailContent } from "../../mail/branded/mail-content";
import { registrationCodeEmail } from "../../mail/templates/code-email";
import { invitationEmail } from "../../mail/templates/invitation-email";
import { notificationEmail } from "../../mail/templates/notification-email";
import { passwordChangedMail } from "../../mail/templates/password-changed-mail";
import { passwordResetMail } from "../../mail/templates/password-reset-mail";
import { secondFactorChangedMail } from "../../mail/templates/second-factor-changed-mail";
import { staffInvitationEmail } from "../../mail/templates/staff-invitation-email";
import { INVITATION_VALIDITY_MS } from "../invitations/create-invitation-for-user";
import { PASSWORD_RESET_VALIDITY_MS } from "../account/password-reset-token";

const SAMPLE_CODE = "123456";

/**
 * The content of each previewable e-mail with sample data (Max Mustermann, code 123456), built by the
 * same content builders the product sends with; links point at the tenant's real base URL.
 */
export function previewContent(
  template: MailPreviewTemplate,
  input: { locale: AppLocale; tenantName: string; baseUrl: string },
): MailContent {
  const { locale, tenantName, baseUrl } = input;
  const t = translatorFor(locale);
  const recipientName = t("mailPreview.preview.sample.recipientName");
  const expiresAt = new Date(now().getTime() + INVITATION_VALIDITY_MS);
  const sampleToken = "vorschau";
  switch (template) {
    case "invitation":
      return invitationEmail({ locale, tenantName, recipientName, link: `${baseUrl}/register/${sampleToken}`, expiresAt });
    case "registrationCode":
      return registrationCodeEmail({ locale, tenantName, code: SAMPLE_CODE });
    case "passwordReset":
      return passwordResetMail({
        locale,
        tenantName,
        link: `${baseUrl}/reset-password/${sampleToken}`,
        validMinutes: PASSWORD_RESET_VALIDITY_MS / 60_000,
      });
    case "passwordChanged":
      return passwordChangedMail({ locale, tenantName, loginUrl: `${baseUrl}/login`, via: "change" });
    case "newMessage":
      return notificationEmail({
        locale,
        tenantName,
        headline: t("tickets.notice.customerReplied"),
        url: `${baseUrl}/portal/messages`,
        preferencesUrl: `${baseUrl}/portal/notifications`,
      });
    case "newDocument":
      return notificationEmail({
        locale,
        tenantName,
        headline: t("notifications.kinds.documentAdded"),
        url: `${baseUrl}/portal/documents`,
        preferencesUrl: `${baseUrl}/portal/notifications`,
      });
    case "staffInvitation":
      return staffInvitationEmail({
        locale,
        tenantName,
        recipientName,
        roleName: t("mailPreview.preview.sample.roleName"),
        link: `${baseUrl}/register/${sampleToken}`,
        expiresAt,
      });
    case "securityNotice":
      return secondFactorChangedMail({ locale, tenantName, change: "totpEnabled" });
  }
}
