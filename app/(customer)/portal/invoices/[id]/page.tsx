import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { lineAndPolicy } from "@/components/customer/invoices/invoice-contract";
import { InvoiceStatusBadge } from "@/components/customer/invoices/invoice-status-badge";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getFolderInvoice } from "@/lib/data/premium-invoices/get-folder-invoice";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyModules.invoices"))("title") };
}

/** One premium invoice: its figures, its contract and its PDF. Unknown, hidden and foreign invoices are "not found" alike. */
export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const invoice = await getFolderInvoice(ctx, id);
  if (!invoice) notFound();
  const [t, locale] = await Promise.all([getTranslations("companyModules.invoices"), getLocale()]);
  const appLocale = locale as AppLocale;
  const tl = (key: "number" | "contract" | "company" | "amount" | "period" | "dueDate" | "status") => t(`list.${key}`);

  return (
    <div className="space-y-5">
      <p>
        <Link href="/portal/invoices" className="text-brand-ink text-sm font-medium underline">
          <span aria-hidden>← </span>
          {t("detail.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold break-all">{t("detail.heading", { number: invoice.number })}</h1>
        <InvoiceStatusBadge status={invoice.shownStatus} />
      </div>
      <section aria-labelledby="invoice-details-heading" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="invoice-details-heading" className="sr-only">
          {t("detail.details")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className="text-slate-600">{tl("number")}</dt>
            <dd className="font-medium break-all">{invoice.number}</dd>
          </div>
          {invoice.amount !== null && (
            <div>
              <dt className="text-slate-600">{tl("amount")}</dt>
              <dd className="font-medium tabular-nums">{formatMoney(invoice.amount, invoice.currency, appLocale)}</dd>
            </div>
          )}
          <div>
            <dt className="text-slate-600">{tl("dueDate")}</dt>
            <dd className="font-medium tabular-nums">{formatDate(invoice.dueDate, appLocale)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{tl("period")}</dt>
            <dd className="font-medium tabular-nums">
              {formatDate(invoice.periodStart, appLocale)} – {formatDate(invoice.periodEnd, appLocale)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{tl("contract")}</dt>
            <dd className="font-medium break-words">
              {invoice.contract ? (
                <Link href={`/portal/contracts/${invoice.contract.id}`} className="text-brand-ink underline">
                  {lineAndPolicy(invoice.contract, appLocale)}
                </Link>
              ) : (
                t("list.noContract")
              )}
            </dd>
          </div>
          {invoice.companyName && (
            <div>
              <dt className="text-slate-600">{tl("company")}</dt>
              <dd className="font-medium break-words">{invoice.companyName}</dd>
            </div>
          )}
        </dl>
      </section>
      {invoice.documentId && (
        <Link
          href={`/portal/documents/${invoice.documentId}`}
          className="bg-brand text-on-brand inline-block rounded-lg px-4 py-2.5 font-medium hover:opacity-90"
          aria-label={t("list.pdfLabel", { number: invoice.number })}
          data-testid="invoice-pdf"
        >
          {t("list.pdf")}
        </Link>
      )}
    </div>
  );
}
