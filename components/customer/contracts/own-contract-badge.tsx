import { useTranslations } from "next-intl";

/** Marks a contract the customer recorded themselves (origin CUSTOMER), so nobody mistakes it for the broker's. */
export function OwnContractBadge({ className = "" }: { className?: string }) {
  const t = useTranslations("folder.list");
  return (
    <span
      className={`inline-block rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700 ${className}`}
    >
      {t("own")}
    </span>
  );
}
