import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PreviewAccountPicker } from "@/components/broker/preview-account-picker";
import { PortalHome } from "@/components/customer/portal-home";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { loadPortalHome } from "@/lib/data/portal/load-portal-home";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { listPreviewAccounts } from "@/lib/data/preview/list-preview-accounts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers.preview"))("title") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * "Als Kunde ansehen": the customer's start page with the customer's rules, read-only, bannered. A company
 * customer is seen through one of its portal accounts, chosen above the frame ("Ansicht als", `?as=<userId>`);
 * an id that is not a uuid counts as no choice, an account of another company is refused (404).
 */
export default async function CustomerPreviewPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const ctx = await getRequestContext();
  if (!z.uuid().safeParse(id).success) notFound();
  const asParam = first(query.as);
  const as = asParam && z.uuid().safeParse(asParam).success ? asParam : null;
  const preview = await customerPreviewContext(ctx, id, as).catch((error) => {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  });
  const isCompany = preview.actor.company !== null;
  // customerPreviewContext ignores the choice for a person customer
  const selected = isCompany && as ? preview.actor.id : null;
  const accounts = isCompany ? await listPreviewAccounts(ctx, id) : [];
  const t = await getTranslations("customers.preview");
  return (
    <div className="space-y-6">
      <div
        role="status"
        data-testid="preview-banner"
        className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border-2 border-amber-400 bg-amber-50 px-4 py-3 text-amber-950"
      >
        <p>
          <strong>{t("banner", { name: preview.actor.displayName })}</strong>
          <span className="block text-sm">{t("bannerHint")}</span>
        </p>
        <Link
          href={`/broker/customers/${id}`}
          className="rounded-lg border border-amber-500 bg-white px-3 py-1.5 text-sm font-medium"
        >
          {t("close")}
        </Link>
      </div>
      {isCompany && <PreviewAccountPicker customerId={id} accounts={accounts} selected={selected} />}
      {/* inert: a picture of the customer's portal; nothing in it can be clicked or focused. */}
      {(!isCompany || selected) && (
        <div inert className="rounded-2xl border border-dashed border-slate-300 p-4" aria-label={t("frameLabel")}>
          <PortalHome data={await loadPortalHome(preview)} />
        </div>
      )}
    </div>
  );
}
