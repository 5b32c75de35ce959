import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ContractListItem } from "@/lib/data/contracts/list-visible-contracts";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

/** The customer's contracts on the broker's customer page; each row opens the contract page. */
export async function CustomerContracts({
  customerId,
  items,
  canAdd,
}: {
  customerId: string;
  items: ContractListItem[];
  canAdd: boolean;
}) {
  const t = await getTranslations("contracts.pages");
  const tl = await getTranslations("labels");
  const locale = (await getLocale()) as AppLocale;
  return (
    <section className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("contracts")}</h2>
        {canAdd && (
          <Link
            href={`/broker/customers/${customerId}/contracts/new`}
            className="bg-brand text-on-brand rounded-lg px-3 py-2 text-sm font-medium hover:opacity-90"
          >
            {t("addContract")}
          </Link>
        )}
      </div>
      {items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          {t("noContracts")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white">
          {items.map((c) => (
            <li key={c.id} data-testid="broker-contract-row">
              <Link
                href={`/broker/contracts/${c.id}`}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50"
              >
                <span>
                  <span className="font-medium">
                    {[(locale === "en-GB" && c.lineNameEn) || c.lineName, c.insurerName].filter(Boolean).join(" · ") ||
                      tl(`contractModule.${c.module}`)}
                  </span>
                  <span className="block text-sm text-slate-500">
                    {[c.policyNumber, c.product].filter(Boolean).join(" · ")} · {tl(`contractStatus.${c.status}`)}
                  </span>
                </span>
                <span className="text-sm text-slate-600">
                  {c.grossPremium !== null &&
                    `${formatMoney(c.grossPremium, c.currency, locale)} ${c.paymentFrequency ? tl(`paymentFrequency.${c.paymentFrequency}`) : ""}`}
                  {c.endDate && <span className="block">{formatDate(c.endDate, locale)}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
