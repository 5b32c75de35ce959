import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";

type Props = {
  /** Viewing a household member's folder: the export is only for the own data. */
  foreignFolder: boolean;
  /** Exported within the last 5 minutes: possible again from then. */
  retryAt: Date | null;
  /** The export route sent the browser back because it refused (reason follows from the state). */
  refused: boolean;
};

/** "Datenauskunft herunterladen": what the ZIP holds, the download link, and why it is not offered now. */
export function DataExportSection({ foreignFolder, retryAt, refused }: Props) {
  const t = useTranslations("myData.export");
  const format = useFormatter();
  const blocked = foreignFolder || retryAt !== null;
  return (
    <section
      id="datenauskunft"
      aria-labelledby="my-data-export-heading"
      className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5"
    >
      <h2 id="my-data-export-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {refused && blocked ? (
        <p role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t("errors.refused")}
        </p>
      ) : null}
      <p className="mt-2 text-slate-700">{t("text")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
        <li>{t("items.account")}</li>
        <li>{t("items.contracts")}</li>
        <li>{t("items.activity")}</li>
        <li>{t("items.accessLog")}</li>
      </ul>
      <p className="mt-3 text-sm text-slate-600">{t("format")}</p>
      <div className="mt-4">
        {foreignFolder ? (
          <div
            className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            data-testid="export-foreign-folder"
          >
            <p>{t("foreignFolder")}</p>
            <Link href="/portal/household" className="mt-1 inline-block font-medium underline">
              {t("switchBack")}
            </Link>
          </div>
        ) : retryAt ? (
          <p
            className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800"
            data-testid="export-wait"
          >
            {t("waitUntil", { time: format.dateTime(retryAt, { timeStyle: "short" }) })}
          </p>
        ) : (
          <a
            href="/api/portal/export"
            className="bg-brand text-on-brand inline-flex w-full items-center justify-center gap-2 rounded-lg px-4 py-2.5 font-medium hover:opacity-90 sm:w-auto"
            data-testid="export-download"
          >
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5 shrink-0">
              <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V3a1 1 0 0 1 1-1ZM4 16a1 1 0 0 1 1-1h10a1 1 0 1 1 0 2H5a1 1 0 0 1-1-1Z" />
            </svg>
            {t("button")}
          </a>
        )}
        <p className="mt-2 text-sm text-slate-600">{t("limit")}</p>
      </div>
    </section>
  );
}
