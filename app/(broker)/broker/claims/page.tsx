import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClaimStatusFilter } from "@/components/broker/claims/claim-status-filter";
import { ClaimTable } from "@/components/broker/claims/claim-table";
import { listBrokerClaims } from "@/lib/data/claims/list-broker-claims";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { brokerClaimSearch } from "@/lib/validation/claim";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("title") };
}

/** Claims of the customers the staff member may see, newest first, filterable by status. */
export default async function BrokerClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") notFound();
  const parsed = brokerClaimSearch.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : brokerClaimSearch.parse({});
  const [t, page] = await Promise.all([getTranslations("claims"), listBrokerClaims(ctx, query)]);
  const more = new URLSearchParams({ ...(query.status ? { status: query.status } : {}), cursor: page.nextCursor ?? "" });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("office.intro")}</p>
      </div>
      <ClaimStatusFilter current={query.status} />
      {page.items.length > 0 ? (
        <ClaimTable items={page.items} />
      ) : (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {query.status ? t("office.emptyFiltered") : t("office.empty")}
        </p>
      )}
      {page.nextCursor && (
        <a
          className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
          href={`/broker/claims?${more}`}
        >
          {t("office.loadMore")}
        </a>
      )}
    </div>
  );
}
