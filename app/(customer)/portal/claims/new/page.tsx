import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { contractName } from "@/components/customer/contract-name";
import { ClaimReportForm } from "@/components/customer/claims/claim-report-form";
import { ClaimsNotReleased } from "@/components/customer/claims/claims-not-released";
import { listClaimContractOptions } from "@/lib/data/claims/list-claim-contract-options";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canWriteModule } from "@/lib/data/portal/folder-rights";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims.form"))("title") };
}

/** Reporting a claim: only with CLAIMS released as WRITE, in the customer's own folder. */
export default async function NewClaimPage() {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const customerCtx = { ...ctx, actor: ctx.actor };
  if (ctx.actor.releases.CLAIMS === "HIDDEN") return <ClaimsNotReleased />;
  const t = await getTranslations("claims");
  const back = (
    <Link href="/portal/claims" className="text-brand-ink text-sm hover:underline">
      ← {t("detail.back")}
    </Link>
  );
  if (!canWriteModule(customerCtx, "CLAIMS")) {
    return (
      <div className="space-y-4">
        {back}
        <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
        <p className="rounded-2xl border border-slate-200 bg-white p-6 text-slate-700">{t("form.notAllowed")}</p>
      </div>
    );
  }
  const [contracts, locale] = await Promise.all([listClaimContractOptions(customerCtx), getLocale()]);
  return (
    <div className="max-w-2xl space-y-4">
      {back}
      <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
      <p className="text-slate-600">{t("form.intro")}</p>
      <section className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <ClaimReportForm contracts={contracts.map((c) => ({ id: c.id, label: contractName(c, locale) }))} />
      </section>
    </div>
  );
}
