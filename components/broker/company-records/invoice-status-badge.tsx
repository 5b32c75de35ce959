import { useTranslations } from "next-intl";
import type { BrokerInvoiceStatus } from "@/lib/data/premium-invoices/list-customer-premium-invoices";

const TONE: Record<BrokerInvoiceStatus, string> = {
  OPEN: "bg-amber-50 text-amber-800",
  PAID: "bg-emerald-50 text-emerald-800",
  OVERDUE: "bg-red-50 text-red-800",
  CANCELLED: "bg-slate-100 text-slate-700",
};

/** "Offen", "Bezahlt", "Überfällig", "Storniert" as a coloured pill. */
export function InvoiceStatusBadge({ status }: { status: BrokerInvoiceStatus }) {
  const t = useTranslations("labels.invoiceStatus");
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
