import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TicketInboxFilters } from "@/components/broker/tickets/ticket-inbox-filters";
import { TicketInboxList } from "@/components/broker/tickets/ticket-inbox-list";
import { NavBadgeUpdate } from "@/components/layout/fresh-badge";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listAdvisorOptions } from "@/lib/data/staff/list-advisor-options";
import { listTicketInbox } from "@/lib/data/tickets/list-ticket-inbox";
import { ticketInboxSearch, type TicketInboxSearch } from "@/lib/validation/ticket";
import { TICKETS_HREF, ticketBadge } from "./ticket-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("brokerTickets"))("list.title") };
}

const DEFAULTS = ticketInboxSearch.parse({});

/** The office's ticket inbox (myDIVERSO "Offene/Geschlossene Tickets"): filter, search, newest activity first. */
export default async function BrokerTicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") notFound();
  const parsed = ticketInboxSearch.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : DEFAULTS;
  // The layout is not rendered again on client navigation; the inbox refreshes the header's number.
  const [t, page, staff, badge] = await Promise.all([
    getTranslations("brokerTickets"),
    listTicketInbox(ctx, query),
    listAdvisorOptions(ctx),
    ticketBadge(ctx),
  ]);
  const filtered = query.status !== DEFAULTS.status || query.assignee !== DEFAULTS.assignee || query.q !== "";
  return (
    <div className="space-y-4">
      <NavBadgeUpdate href={TICKETS_HREF} {...badge} />
      <div>
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        <p className="mt-1 text-slate-600">{t("list.intro")}</p>
      </div>
      <TicketInboxFilters query={query} staff={staff} />
      {page.items.length > 0 ? (
        <TicketInboxList items={page.items} />
      ) : (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          <p>{filtered ? t("list.emptyFiltered") : t("list.empty")}</p>
          {filtered && (
            <Link href={TICKETS_HREF} className="text-brand-ink mt-2 inline-block text-sm font-medium hover:underline">
              {t("list.resetFilters")}
            </Link>
          )}
        </div>
      )}
      {page.nextCursor && (
        <a
          className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
          href={`${TICKETS_HREF}?${moreParams(query, page.nextCursor)}`}
        >
          {t("list.loadMore")}
        </a>
      )}
      <aside aria-labelledby="new-ticket-heading" className="rounded-2xl border border-slate-200 bg-slate-50 p-4 text-sm">
        <h2 id="new-ticket-heading" className="font-semibold">
          {t("list.newTitle")}
        </h2>
        <p className="mt-1 text-slate-700">{t("list.newHint")}</p>
        <Link href="/broker" className="text-brand-ink mt-2 inline-block font-medium hover:underline">
          {t("list.newLink")}
        </Link>
      </aside>
    </div>
  );
}

/** The next page keeps every filter; the page size stays the default. */
function moreParams(query: TicketInboxSearch, cursor: string): URLSearchParams {
  const params = new URLSearchParams({ status: query.status, assignee: query.assignee, sort: query.sort });
  if (query.q) params.set("q", query.q);
  params.set("cursor", cursor);
  return params;
}
