import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MailPreviewPicker } from "@/components/settings/emails/mail-preview-picker";
import { MailPreviewView } from "@/components/settings/emails/mail-preview-view";
import { SenderNameForm } from "@/components/settings/emails/sender-name-form";
import { FormError } from "@/components/ui/form-error";
import { PanelSection } from "@/components/ui/panel-section";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getMailPreview } from "@/lib/data/mail-settings/get-mail-preview";
import { getMailSettings } from "@/lib/data/mail-settings/get-mail-settings";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";
import { languageOf, localeFromDb } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mailPreview"))("title") };
}

/** Settings → E-Mails: the sender name and a preview of every e-mail in the tenant's brand. */
export default async function EmailSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getRequestContext();
  if (!ctx || !canManageSettings(ctx)) notFound();
  const t = await getTranslations("mailPreview");
  const query = await searchParams;
  const settings = await getMailSettings(ctx);
  const fallback = { template: "invitation", language: languageOf(localeFromDb(ctx.tenant.locale)) };
  const result = await getMailPreview(ctx, {
    template: query.template ?? fallback.template,
    language: query.language ?? fallback.language,
  });
  // An address edited by hand shows the first template (and says why) instead of an empty page.
  const shown = result.ok ? result : await getMailPreview(ctx, fallback);
  if (!shown.ok) throw new Error("the default preview must render");
  const preview = shown.preview;

  return (
    <div className="space-y-6">
      <PanelSection id="mail-sender-title" title={t("sender.title")} className="sm:p-6">
        <p className="mt-1 max-w-prose text-sm text-slate-600">{t("sender.intro")}</p>
        <SenderNameForm initial={settings.emailSenderName} tenantName={settings.tenantName} />
      </PanelSection>
      <PanelSection id="mail-preview-title" title={t("preview.title")} className="sm:p-6">
        <p className="mt-1 max-w-prose text-sm text-slate-600">{t("preview.intro")}</p>
        {!result.ok && (
          <div className="mt-4">
            <FormError message={result.error} />
          </div>
        )}
        <MailPreviewPicker template={preview.template} language={preview.language} />
        <MailPreviewView preview={preview} />
      </PanelSection>
    </div>
  );
}
