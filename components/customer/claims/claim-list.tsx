import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { FolderClaimItem } from "@/lib/data/claims/list-folder-claims";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { contractName } from "../contract-name";
import { ClaimStatusBadge } from "./claim-status-badge";

/** The folder's claims as cards (one column on phones, two on wide screens), each opening the claim. */
export function ClaimList({ items }: { items: FolderClaimItem[] }) {
  const t = useTranslations("claims.list");
  const locale = useLocale() as AppLocale;
  const format = useFormatter();
  return (
    <ul aria-label={t("caption")} className="grid gap-3 md:grid-cols-2">
      {items.map((c) => (
        <li key={c.id} data-testid="claim-card">
          <Link
            href={`/portal/claims/${c.id}`}
            className="hover:border-brand focus-visible:outline-brand block h-full rounded-2xl border border-slate-200 bg-white p-4 focus-visible:outline-2"
          >
            <div className="flex items-start justify-between gap-3">
              <p className="min-w-0 font-medium break-words">{c.contract ? contractName(c.contract, locale) : t("noContract")}</p>
              <ClaimStatusBadge status={c.status} />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("occurredOn")}</dt>
              <dd className="tabular-nums">{formatDate(c.occurredOn, locale)}</dd>
              <dt className="text-slate-600">{t("reportedOn")}</dt>
              <dd className="tabular-nums">
                {format.dateTime(c.createdAt, { day: "2-digit", month: "2-digit", year: "numeric" })}
              </dd>
            </dl>
            <p className="mt-2 text-xs text-slate-600">{t("files", { count: c.documentCount })}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
