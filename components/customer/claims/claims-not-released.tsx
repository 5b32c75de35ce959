import { useTranslations } from "next-intl";
import Link from "next/link";

/** What a customer sees on a claims page while the broker has not released the CLAIMS module. */
export function ClaimsNotReleased() {
  const t = useTranslations("claims");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <div className="rounded-2xl border border-slate-200 bg-white p-6">
        <p className="font-medium">{t("notReleased.text")}</p>
        <p className="mt-2 text-slate-600">{t("notReleased.hint")}</p>
        <Link href="/portal" className="text-brand mt-4 inline-block font-medium underline-offset-2 hover:underline">
          {t("notReleased.back")}
        </Link>
      </div>
    </div>
  );
}
