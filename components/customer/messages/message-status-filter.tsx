import { useTranslations } from "next-intl";
import Link from "next/link";
import type { CustomerTicketSearch } from "@/lib/validation/ticket";

type Status = CustomerTicketSearch["status"];
const OPTIONS: Status[] = ["ALL", "OPEN", "CLOSED"];

/** Alle / Offen / Geschlossen as links (work without JavaScript, can be bookmarked); the current one is marked. */
export function MessageStatusFilter({ current }: { current: Status }) {
  const t = useTranslations("portalMessages.list");
  return (
    <nav aria-label={t("filter")}>
      <ul className="flex flex-wrap gap-2">
        {OPTIONS.map((status) => {
          const active = status === current;
          return (
            <li key={status}>
              <Link
                href={status === "ALL" ? "/portal/messages" : `/portal/messages?status=${status}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1.5 text-sm font-medium ${
                  active ? "border-brand bg-brand text-on-brand" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
                }`}
              >
                {t(`filters.${status}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
