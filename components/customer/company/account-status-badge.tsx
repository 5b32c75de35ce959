import { useTranslations } from "next-intl";

export type AccountStatusName = "NONE" | "INVITED" | "ACTIVE" | "DISABLED";

const TONE: Record<AccountStatusName, string> = {
  NONE: "bg-slate-100 text-slate-700",
  INVITED: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-emerald-100 text-emerald-900",
  DISABLED: "bg-red-100 text-red-900",
};

/** The portal account state of a company contact: none, invited, active or deactivated. */
export function AccountStatusBadge({ status, testId }: { status: AccountStatusName; testId?: string }) {
  const t = useTranslations("companyUsers.status");
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[status]}`}
      data-testid={testId}
      data-status={status}
    >
      {t(status)}
    </span>
  );
}
