import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CustomerTable } from "@/components/broker/customer-table";
import { CustomerSearchForm } from "@/components/broker/customer-search-form";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomers } from "@/lib/data/customers/list-customers";
import { listAdvisorOptions } from "@/lib/data/staff/list-advisor-options";
import { customerSearch } from "@/lib/validation/customer-search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("broker.customers"))("title") };
}

export default async function BrokerCustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await getRequestContext();
  const parsed = customerSearch.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : customerSearch.parse({});
  const [page, advisors] = await Promise.all([listCustomers(ctx, query), listAdvisorOptions(ctx)]);
  const t = await getTranslations("broker.customers");
  const canCreate = ctx?.actor.kind === "STAFF" && ctx.actor.role.rights.editCustomers;
  const more = new URLSearchParams(
    Object.entries({ ...query, cursor: page.nextCursor ?? "" }).flatMap(([k, v]) => (v && k !== "take" ? [[k, String(v)]] : [])),
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {canCreate && (
          <Link
            href="/broker/customers/new"
            className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90"
          >
            {t("newCustomer")}
          </Link>
        )}
      </div>
      <CustomerSearchForm query={query} advisors={advisors} />
      {!parsed.success && <p className="text-sm text-red-700">{t("invalidSearch")}</p>}
      <CustomerTable items={page.items} />
      {page.nextCursor && (
        <a
          className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium"
          href={`/broker?${more}`}
        >
          {t("loadMore")}
        </a>
      )}
    </div>
  );
}
