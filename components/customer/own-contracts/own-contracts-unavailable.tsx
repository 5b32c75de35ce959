import { useTranslations } from "next-intl";
import Link from "next/link";

/** Friendly answer when the customer cannot add contracts: nothing released with WRITE, or another member's folder. */
export function OwnContractsUnavailable({ reason }: { reason: "notWritable" | "foreignFolder" }) {
  const t = useTranslations("ownContracts.pages");
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-5">
      {reason === "notWritable" && <h2 className="mb-2 text-lg font-semibold">{t("notWritableTitle")}</h2>}
      <p className="text-slate-700">{t(reason)}</p>
      <Link href="/portal/contracts" className="text-brand-ink mt-4 inline-block font-medium underline">
        {t("backToContracts")}
      </Link>
    </div>
  );
}
