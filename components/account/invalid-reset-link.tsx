import { useTranslations } from "next-intl";
import Link from "next/link";

/** Friendly dead end for unknown, used, superseded or expired reset links. */
export function InvalidResetLink() {
  const t = useTranslations("account");
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("resetPassword.invalidLinkText")}
      </p>
      <Link
        href="/forgot-password"
        className="bg-brand text-on-brand block w-full rounded-lg px-4 py-2.5 text-center font-medium hover:opacity-90"
      >
        {t("resetPassword.requestNewLink")}
      </Link>
      <Link href="/login" className="text-brand-ink block text-center text-sm hover:underline">
        {t("actions.toLogin")}
      </Link>
    </div>
  );
}
