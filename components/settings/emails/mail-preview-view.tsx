import { getTranslations } from "next-intl/server";
import type { MailPreview } from "@/lib/data/mail-settings/get-mail-preview";

/**
 * Subject, sender, the HTML in a sandboxed frame (no scripts, no forms, no navigation of the page; its
 * srcdoc is exempt from X-Frame-Options) and the plain-text part — exactly what recipients get.
 */
export async function MailPreviewView({ preview }: { preview: MailPreview }) {
  const t = await getTranslations("mailPreview.preview");
  const name = t(`templates.${preview.template}`);
  return (
    <div className="mt-6 space-y-4" data-testid="mail-preview">
      <dl className="grid gap-x-4 gap-y-1 rounded-lg bg-slate-50 p-3 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-slate-600">{t("from")}</dt>
        <dd className="break-all" data-testid="mail-preview-from">
          {preview.from}
        </dd>
        <dt className="font-medium text-slate-600">{t("subject")}</dt>
        <dd className="break-words" data-testid="mail-preview-subject">
          {preview.subject}
        </dd>
      </dl>
      <section aria-labelledby="mail-preview-html-title">
        <h3 id="mail-preview-html-title" className="text-base font-semibold">
          {t("htmlTitle")}
        </h3>
        <iframe
          sandbox=""
          srcDoc={preview.html}
          title={t("frameLabel", { template: name })}
          className="mt-2 h-[52rem] w-full rounded-lg border border-slate-200 bg-white"
          data-testid="mail-preview-html"
        />
      </section>
      <section aria-labelledby="mail-preview-text-title">
        <h3 id="mail-preview-text-title" className="text-base font-semibold">
          {t("textTitle")}
        </h3>
        <pre
          className="mt-2 max-h-[28rem] overflow-auto rounded-lg border border-slate-200 bg-white p-3 text-sm break-words whitespace-pre-wrap"
          data-testid="mail-preview-text"
        >
          {preview.text}
        </pre>
      </section>
    </div>
  );
}
