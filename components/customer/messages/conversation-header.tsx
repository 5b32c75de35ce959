import { useTranslations } from "next-intl";
import { TicketKindLabel } from "@/components/tickets/ticket-kind-label";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import type { TicketDetail } from "@/lib/data/tickets/types";

type Props = Pick<TicketDetail, "subject" | "number" | "kind" | "status" | "assignee">;

/** The conversation page's h1 (the subject) and its facts: number, kind, status, who answers. */
export function ConversationHeader({ subject, number, kind, status, assignee }: Props) {
  const t = useTranslations("portalMessages");
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-semibold break-words hyphens-auto">{subject}</h1>
      <dl
        aria-label={t("detail.facts")}
        className="grid grid-cols-2 gap-x-6 gap-y-2 rounded-2xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4"
      >
        <div>
          <dt className="text-slate-600">{t("detail.number")}</dt>
          <dd className="font-medium tabular-nums">{t("list.number", { number })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("detail.kind")}</dt>
          <dd className="font-medium">
            <TicketKindLabel kind={kind} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("detail.status")}</dt>
          <dd>
            <TicketStatusBadge status={status} viewer="customer" />
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="text-slate-600">{t("detail.responsible")}</dt>
          <dd className="font-medium break-words">{assignee?.name ?? t("list.office")}</dd>
        </div>
      </dl>
    </header>
  );
}
