import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ClaimDocumentItem } from "@/lib/data/claims/list-claim-documents";
import { formatBytes } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

type Props = {
  items: ClaimDocumentItem[];
  /** customers preview in their document viewer; staff open the file inline in a new tab */
  audience: "customer" | "staff";
  /** staff may open files (viewDocuments); customers always may open what they see */
  canOpen?: boolean;
};

const button = "rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50";

/** Photos and receipts of one claim with preview and download. */
export function ClaimFiles({ items, audience, canOpen = true }: Props) {
  const t = useTranslations("claims.files");
  const tLabels = useTranslations("labels");
  const locale = useLocale() as AppLocale;
  const format = useFormatter();
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200">
      {items.map((d) => (
        <li key={d.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center" data-testid="claim-file">
          <div className="min-w-0 flex-1">
            <p className="font-medium break-words">{d.title}</p>
            <p className="text-xs text-slate-600">
              {tLabels(`documentCategory.${d.category}`)} · {format.dateTime(d.createdAt, { dateStyle: "medium" })} ·{" "}
              {formatBytes(d.sizeBytes, locale)}
              {audience === "staff" && d.origin === "CUSTOMER" ? ` · ${t("byCustomer")}` : ""}
              {audience === "staff" && !d.isVisibleToCustomer ? ` · ${t("hiddenFromCustomer")}` : ""}
            </p>
          </div>
          {canOpen && (
            <div className="flex shrink-0 gap-2">
              <a
                href={audience === "customer" ? `/portal/documents/${d.id}` : `/api/documents/${d.id}/download?inline=1`}
                target={audience === "staff" ? "_blank" : undefined}
                rel={audience === "staff" ? "noopener" : undefined}
                aria-label={t("previewLabel", { title: d.title })}
                className={button}
              >
                {t("preview")}
              </a>
              <a href={`/api/documents/${d.id}/download`} aria-label={t("downloadLabel", { title: d.title })} className={button}>
                {t("download")}
              </a>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
