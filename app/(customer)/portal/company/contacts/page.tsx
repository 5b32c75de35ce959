import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyContactList } from "@/components/customer/company/company-contact-list";
import { CompanyNotAvailable } from "@/components/customer/company/company-not-available";
import { companyContactsAccess } from "@/lib/data/company-users/company-contact-reader";
import { listCompanyContacts } from "@/lib/data/company-users/list-company-contacts";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyUsers"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/**
 * The company's contacts with their portal accounts: managed by the company's user manager, read-only
 * for a full-access user; everyone else sees a "not available" note.
 */
export default async function CompanyContactsPage({ searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  if (!companyContactsAccess(ctx)) return <CompanyNotAvailable />;
  const { q } = await searchParams;
  const [t, list] = await Promise.all([
    getTranslations("companyUsers"),
    listCompanyContacts(ctx, { q: typeof q === "string" ? q : undefined }),
  ]);
  const newButton = list.canManage && (
    <Link
      href="/portal/company/contacts/new"
      className="bg-brand text-on-brand inline-block rounded-lg px-4 py-2.5 font-medium hover:opacity-90"
      data-testid="company-contact-new"
    >
      {t("list.newContact")}
    </Link>
  );
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{list.canManage ? t("list.intro") : t("list.readOnlyIntro")}</p>
        </div>
        {newButton}
      </div>
      <form role="search" method="get" className="flex flex-wrap items-end gap-2" data-testid="company-contact-search">
        <div className="min-w-0 flex-1 sm:max-w-md">
          <label htmlFor="company-contact-q" className="block text-sm font-medium">
            {t("list.searchLabel")}
          </label>
          <input
            id="company-contact-q"
            name="q"
            type="search"
            defaultValue={list.query ?? ""}
            placeholder={t("list.searchPlaceholder")}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50">
          {t("list.search")}
        </button>
        {list.query && (
          <Link href="/portal/company/contacts" className="text-brand-ink px-2 py-2 text-sm hover:underline">
            {t("list.reset")}
          </Link>
        )}
      </form>
      {list.items.length > 0 ? (
        <CompanyContactList items={list.items} showRoles={list.canManage} />
      ) : list.query ? (
        <p
          className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center"
          data-testid="company-contacts-empty"
        >
          {t("list.noResults", { query: list.query })}
        </p>
      ) : (
        <div
          className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center"
          data-testid="company-contacts-empty"
        >
          <p className="font-medium">{t("list.empty")}</p>
          {list.canManage && <p className="mx-auto mt-2 max-w-prose text-slate-600">{t("list.emptyHint")}</p>}
          {newButton && <div className="mt-5">{newButton}</div>}
        </div>
      )}
    </div>
  );
}
