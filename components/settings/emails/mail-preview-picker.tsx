import { getTranslations } from "next-intl/server";
import { LANGUAGES, type Language } from "@/lib/i18n/locales";
import { MAIL_PREVIEW_TEMPLATES, type MailPreviewTemplate } from "@/lib/validation/mail-settings";

type Props = { template: MailPreviewTemplate; language: Language };

const SELECT = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

/**
 * Template and language of the preview. A plain GET form: the choice is in the address (bookmarkable,
 * works without JavaScript) and the server renders the chosen e-mail.
 */
export async function MailPreviewPicker({ template, language }: Props) {
  const t = await getTranslations("mailPreview.preview");
  return (
    <form method="get" action="/broker/settings/emails" className="mt-4 grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
      <div>
        <label htmlFor="mail-preview-template" className="block text-sm font-medium">
          {t("template")}
        </label>
        <select id="mail-preview-template" name="template" defaultValue={template} className={SELECT}>
          {MAIL_PREVIEW_TEMPLATES.map((key) => (
            <option key={key} value={key}>
              {t(`templates.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="mail-preview-language" className="block text-sm font-medium">
          {t("language")}
        </label>
        <select id="mail-preview-language" name="language" defaultValue={language} className={SELECT}>
          {LANGUAGES.map((key) => (
            <option key={key} value={key}>
              {t(`languages.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90">
        {t("show")}
      </button>
    </form>
  );
}
