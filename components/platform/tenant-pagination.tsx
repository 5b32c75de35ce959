import { useTranslations } from "next-intl";
import Link from "next/link";

/** Zurück / Seite x von y / Weiter under the tenant list; hidden when everything fits on one page. */
export function TenantPagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useTranslations("platformAdmin.list");
  if (pageCount <= 1) return null;
  const link = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("paginationLabel")} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={`/admin?page=${page - 1}`} className={link}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("page", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={`/admin?page=${page + 1}`} className={link}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
