import { useTranslations } from "next-intl";
import type { ContractListItem } from "@/lib/data/contracts/list-visible-contracts";

const TONE: Record<ContractListItem["status"], string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800",
  OFFER: "bg-amber-50 text-amber-900",
  PENDING: "bg-amber-50 text-amber-900",
  CANCELLED: "bg-slate-100 text-slate-700",
  EXPIRED: "bg-slate-100 text-slate-700",
};

export function ContractStatusBadge({ status }: { status: ContractListItem["status"] }) {
  const t = useTranslations("labels.contractStatus");
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
