import { useLocale, useTranslations } from "next-intl";
import type { InvitationState } from "@/lib/data/invitations/get-invitation-states";
import { formatDateTime } from "@/lib/i18n/format";

/** Portal access of one customer: not invited, invited (when), link expired, registered. */
export function InvitationStateBadge({ state }: { state: InvitationState }) {
  const t = useTranslations("broker.invitationState");
  const locale = useLocale();
  switch (state.status) {
    case "registered":
      return (
        <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs whitespace-nowrap text-emerald-800">
          {t("registered")}
        </span>
      );
    case "sent":
      return (
        <span
          className="rounded-full bg-blue-50 px-2 py-0.5 text-xs whitespace-nowrap text-blue-800"
          title={t("validUntil", { expiresAt: formatDateTime(state.expiresAt, locale) })}
        >
          {t("sent", { sentAt: formatDateTime(state.sentAt, locale) })}
        </span>
      );
    case "expired":
      return (
        <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs whitespace-nowrap text-amber-800">{t("expired")}</span>
      );
    case "none":
      return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs whitespace-nowrap text-slate-600">{t("none")}</span>;
  }
}
