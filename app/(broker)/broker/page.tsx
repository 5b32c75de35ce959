import type { Metadata } from "next";
import { CustomerTable } from "@/components/broker/customer-table";
import { CustomerSearchForm } from "@/components/broker/customer-search-form";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomers } from "@/lib/data/customers/list-customers";
import { customerSearch } from "@/lib/validation/customer-search";

export const metadata: Metadata = { title: "Kunden" };

export default async function BrokerCustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await getRequestContext();
  const parsed = customerSearch.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : customerSearch.parse({});
  const page = await listCustomers(ctx, query);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Kunden</h1>
        <CustomerSearchForm defaultValue={query.q ?? ""} />
      </div>
      {!parsed.success && <p className="text-sm text-red-700">Die Suchanfrage war ungültig und wurde zurückgesetzt.</p>}
      <CustomerTable items={page.items} />
      {page.nextCursor && (
        <a
          className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium"
          href={`/broker?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), cursor: page.nextCursor })}`}
        >
          Weitere Kunden laden
        </a>
      )}
    </div>
  );
}
