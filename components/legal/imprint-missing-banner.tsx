import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * On top of every broker page while the imprint is empty. `missing` comes from isImprintMissing
 * (lib/data/legal/imprint-status.ts), which is only ever true for owners and admins — the people
 * who can fix it on the settings page the link opens.
 */
export async function ImprintMissingBanner({ missing }: { missing: boolean }) {
  if (!missing) return null;
  const t = await getTranslations("legal.banner");
  return (
    <div
      role="note"
      data-testid="imprint-missing-banner"
      className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p>{t("text")}</p>
      <Link href="/broker/settings/legal" className="font-medium whitespace-nowrap underline underline-offset-2">
        {t("action")}
      </Link>
    </div>
  );
}
