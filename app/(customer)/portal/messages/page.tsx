import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConversationList } from "@/components/customer/messages/conversation-list";
import { MessageStatusFilter } from "@/components/customer/messages/message-status-filter";
import { MessagesForeignFolder } from "@/components/customer/messages/messages-foreign-folder";
import { MessagesNotReleased } from "@/components/customer/messages/messages-not-released";
import { NewMessageLink } from "@/components/customer/messages/new-message-link";
import { NavBadgeUpdate } from "@/components/layout/fresh-badge";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canWriteModule } from "@/lib/data/portal/folder-rights";
import { listCustomerTickets } from "@/lib/data/tickets/list-customer-tickets";
import { customerTicketSearch } from "@/lib/validation/ticket";
import { MESSAGES_HREF, messagesBadge } from "./messages-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portalMessages"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The customer's conversations with the office: filter by open/closed, newest activity first, GET pages. */
export default async function MessagesPage({ searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const customerCtx = { ...ctx, actor: ctx.actor };
  // conversations are personal: checked before the (foreign) folder's release, which is not the own one
  if (ctx.actor.folderReadOnly) return <MessagesForeignFolder />;
  if (ctx.actor.releases.COMMUNICATION === "HIDDEN") return <MessagesNotReleased />;

  const params = await searchParams;
  const status = single(params.status);
  // an edited or stale cursor shows the first page instead of an error
  const parsed = customerTicketSearch.safeParse({ status, cursor: single(params.cursor) });
  const search = parsed.success ? parsed.data : customerTicketSearch.parse({ status });
  // The layout is not rendered again on client navigation; the list refreshes the navigation's number.
  const [t, page, badge] = await Promise.all([
    getTranslations("portalMessages"),
    listCustomerTickets(customerCtx, { status: search.status, cursor: search.cursor }),
    messagesBadge(customerCtx),
  ]);
  const canWrite = canWriteModule(customerCtx, "COMMUNICATION");
  const firstPage = search.cursor === undefined;
  // one "Neue Nachricht" button: in the empty state when there is nothing at all yet, else at the top
  const buttonInEmptyState = canWrite && page.items.length === 0 && search.status === "ALL";
  const filterQuery = search.status === "ALL" ? "" : `status=${search.status}`;
  const pageHref = (cursor?: string) => {
    const query = [filterQuery, cursor ? `cursor=${encodeURIComponent(cursor)}` : ""].filter(Boolean).join("&");
    return query ? `${MESSAGES_HREF}?${query}` : MESSAGES_HREF;
  };

  return (
    <div className="space-y-5">
      <NavBadgeUpdate href={MESSAGES_HREF} {...badge} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-prose text-slate-600">{t("intro")}</p>
        </div>
        {canWrite && !buttonInEmptyState && <NewMessageLink />}
      </div>
      {!canWrite && (
        <p role="note" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
          {t("list.readOnlyHint")}
        </p>
      )}
      <MessageStatusFilter current={search.status} />
      {page.items.length > 0 ? (
        <ConversationList items={page.items} />
      ) : (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center" data-testid="messages-empty">
          <p className="font-medium">{t(`list.empty.${search.status}`)}</p>
          <p className="mx-auto mt-2 max-w-prose text-slate-600">{canWrite ? t("list.emptyHint") : t("list.emptyReadOnly")}</p>
          {buttonInEmptyState && (
            <div className="mt-5">
              <NewMessageLink />
            </div>
          )}
        </div>
      )}
      {(page.nextCursor || !firstPage) && (
        <nav aria-label={t("list.pages")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {!firstPage && (
            <Link href={pageHref()} className="text-brand-ink font-medium underline">
              {t("list.newest")}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={pageHref(page.nextCursor)} className="text-brand-ink font-medium underline">
              {t("list.loadMore")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
