import { useLocale, useTranslations } from "next-intl";
import type { ContractListItem } from "@/lib/data/contracts/list-visible-contracts";
import { formatDate, formatMoney } from "@/lib/i18n/format";

/** Cards on phones and tablets, a table from lg upwards (the SMV columns). */
export function ContractList({ items }: { items: ContractListItem[] }) {
  const t = useTranslations("portal.contracts");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  if (items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        {t("empty")}
      </div>
    );
  }
  // The catalog knows English names for the GDV lines; German is the fallback.
  const lineName = (c: ContractListItem) => (locale === "en-GB" && c.lineNameEn) || c.lineName;
  const premium = (c: ContractListItem) =>
    c.grossPremium === null
      ? "—"
      : `${formatMoney(c.grossPremium, c.currency, locale)}${c.paymentFrequency ? ` ${tLabels(`paymentFrequency.${c.paymentFrequency}`)}` : ""}`;
  return (
    <>
      <ul className="space-y-3 lg:hidden">
        {items.map((c) => (
          <li key={c.id} data-testid="contract-card" className="rounded-2xl border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <div>
                <p className="font-medium">{lineName(c) ?? tLabels(`contractModule.${c.module}`)}</p>
                <p className="text-sm text-slate-600">{c.insurerName ?? "—"}</p>
              </div>
              <StatusBadge status={c.status} />
            </div>
            <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-500">{t("policyNumber")}</dt>
              <dd className="tabular-nums">{c.policyNumber ?? "—"}</dd>
              <dt className="text-slate-500">{t("premium")}</dt>
              <dd>{premium(c)}</dd>
              <dt className="text-slate-500">{t("term")}</dt>
              <dd>
                {formatDate(c.startDate, locale)} – {formatDate(c.endDate, locale)}
              </dd>
              <dt className="text-slate-500">{t("documents")}</dt>
              <dd>{c.documentCount}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-2xl border border-slate-200 bg-white lg:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
            <tr>
              <th className="px-3 py-3">{t("line")}</th>
              <th className="px-3 py-3">{t("insurer")}</th>
              <th className="px-3 py-3">{t("policyNumber")}</th>
              <th className="px-3 py-3 text-right">{t("sumInsured")}</th>
              <th className="px-3 py-3">{t("start")}</th>
              <th className="px-3 py-3">{t("end")}</th>
              <th className="px-3 py-3">{t("status")}</th>
              <th className="px-3 py-3 text-right">{t("premium")}</th>
              <th className="px-3 py-3 text-right">{t("documentsShort")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((c) => (
              <tr key={c.id} data-testid="contract-row">
                <td className="px-3 py-3 font-medium">{lineName(c) ?? tLabels(`contractModule.${c.module}`)}</td>
                <td className="px-3 py-3">
                  {c.insurerName ?? "—"}
                  {c.product && <span className="block text-xs text-slate-500">{c.product}</span>}
                </td>
                <td className="px-3 py-3 whitespace-nowrap tabular-nums">{c.policyNumber ?? "—"}</td>
                <td className="px-3 py-3 text-right tabular-nums">
                  {c.sumInsured === null ? "—" : formatMoney(c.sumInsured, c.currency, locale)}
                </td>
                <td className="px-3 py-3 tabular-nums">{formatDate(c.startDate, locale)}</td>
                <td className="px-3 py-3 tabular-nums">{formatDate(c.endDate, locale)}</td>
                <td className="px-3 py-3">
                  <StatusBadge status={c.status} />
                </td>
                <td className="px-3 py-3 text-right tabular-nums">
                  {c.grossPremium === null ? (
                    "—"
                  ) : (
                    <>
                      <span className="whitespace-nowrap">{formatMoney(c.grossPremium, c.currency, locale)}</span>
                      {c.paymentFrequency && (
                        <span className="block text-xs text-slate-500">{tLabels(`paymentFrequency.${c.paymentFrequency}`)}</span>
                      )}
                    </>
                  )}
                </td>
                <td className="px-3 py-3 text-right tabular-nums">{c.documentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function StatusBadge({ status }: { status: ContractListItem["status"] }) {
  const t = useTranslations("labels.contractStatus");
  const tone =
    status === "ACTIVE"
      ? "bg-emerald-50 text-emerald-800"
      : status === "OFFER" || status === "PENDING"
        ? "bg-amber-50 text-amber-800"
        : "bg-slate-100 text-slate-600";
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tone}`}>{t(status)}</span>;
}
