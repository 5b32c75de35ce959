import { useTranslations } from "next-intl";
import Link from "next/link";

/** The "Neue Nachricht" button; pages render it only when the customer may write. */
export function NewMessageLink() {
  const t = useTranslations("portalMessages");
  return (
    <Link
      href="/portal/messages/new"
      className="bg-brand text-on-brand inline-block rounded-lg px-4 py-2.5 font-medium hover:opacity-90"
      data-testid="new-message"
    >
      {t("newMessage")}
    </Link>
  );
}
