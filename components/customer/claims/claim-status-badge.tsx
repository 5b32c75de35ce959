import { useTranslations } from "next-intl";
import type { ClaimStatusValue } from "@/lib/validation/claim";

const TONE: Record<ClaimStatusValue, string> = {
  REPORTED: "bg-sky-50 text-sky-800 ring-sky-200",
  IN_PROGRESS: "bg-amber-50 text-amber-900 ring-amber-200",
  SETTLED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CLOSED: "bg-slate-100 text-slate-700 ring-slate-200",
};

/** A claim's status as a coloured pill; the text carries the meaning, the colour only helps. */
export function ClaimStatusBadge({ status }: { status: ClaimStatusValue }) {
  const t = useTranslations("claims.status");
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${TONE[status]} ring-inset`}
    >
      {t(status)}
    </span>
  );
}
