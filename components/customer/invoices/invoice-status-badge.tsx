import { useTranslations } from "next-intl";

type Status = "OPEN" | "PAID" | "OVERDUE" | "CANCELLED";

const TONE: Record<Status, string> = {
  OPEN: "bg-sky-50 text-sky-800 ring-sky-200",
  OVERDUE: "bg-red-50 text-red-800 ring-red-200",
  PAID: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CANCELLED: "bg-slate-100 text-slate-700 ring-slate-200",
};

/** An invoice's status as a pill (an open invoice past its due date arrives as OVERDUE); the text carries the meaning. */
export function InvoiceStatusBadge({ status }: { status: Status }) {
  const t = useTranslations("labels.invoiceStatus");
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${TONE[status]} ring-inset`}
      data-testid="invoice-status"
      data-status={status}
    >
      {t(status)}
    </span>
  );
}
