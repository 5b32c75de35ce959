import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ChangeRequestTable } from "@/components/broker/change-requests/change-request-table";
import { StatusFilter } from "@/components/broker/change-requests/status-filter";
import { listChangeRequests } from "@/lib/data/change-requests/list-change-requests";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { changeRequestListQuery } from "@/lib/validation/change-request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("changeRequests.review"))("listTitle") };
}

export default async function ChangeRequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/change-requests");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const t = await getTranslations("changeRequests.review");
  if (!ctx.actor.role.rights.viewCustomers) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("listTitle")}</h1>
        <p className="text-slate-700">{t("noRight")}</p>
      </div>
    );
  }
  const query = changeRequestListQuery.parse(await searchParams);
  const page = await listChangeRequests(ctx, query);
  const more = new URLSearchParams({ ...(query.status ? { status: query.status } : {}), cursor: page.nextCursor ?? "" });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("listTitle")}</h1>
        <p className="mt-1 max-w-prose text-slate-700">{t("listIntro")}</p>
      </div>
      <StatusFilter current={query.status} />
      <ChangeRequestTable items={page.items} />
      {page.nextCursor && (
        <a
          className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium"
          href={`/broker/change-requests?${more}`}
        >
          {t("loadMore")}
        </a>
      )}
    </div>
  );
}
