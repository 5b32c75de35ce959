import { useTranslations } from "next-intl";

const STYLE = {
  PENDING: "bg-amber-100 text-amber-900",
  APPLIED: "bg-green-100 text-green-900",
  REJECTED: "bg-slate-200 text-slate-800",
} as const;

/** Status of a change request as a small pill (text, not colour alone, carries the meaning). */
export function ChangeRequestStatusBadge({ status }: { status: keyof typeof STYLE }) {
  const t = useTranslations("changeRequests.status");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${STYLE[status]}`}>{t(status)}</span>;
}
