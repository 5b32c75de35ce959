import { useTranslations } from "next-intl";
import Link from "next/link";

export function BackToMessages() {
  const t = useTranslations("portalMessages");
  return (
    <Link href="/portal/messages" className="text-brand-ink text-sm hover:underline">
      <span aria-hidden>← </span>
      {t("backToList")}
    </Link>
  );
}
