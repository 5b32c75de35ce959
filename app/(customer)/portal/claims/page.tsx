import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/customer/claims/claim-list";
import { ClaimsNotReleased } from "@/components/customer/claims/claims-not-released";
import { listFolderClaims } from "@/lib/data/claims/list-folder-claims";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canWriteModule } from "@/lib/data/portal/folder-rights";
import { moduleVisibility } from "@/lib/data/portal/module-visibility";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("title") };
}

/** The customer's claims: newest first, each with its status; "Schaden melden" with a WRITE release. */
export default async function ClaimsPage() {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const customerCtx = { ...ctx, actor: ctx.actor };
  if (moduleVisibility(ctx.actor, "CLAIMS") === "notReleased") return <ClaimsNotReleased />;
  const [t, items] = await Promise.all([getTranslations("claims"), listFolderClaims(customerCtx)]);
  const canReport = canWriteModule(customerCtx, "CLAIMS");
  const reportButton = canReport && (
    <Link
      href="/portal/claims/new"
      className="bg-brand text-on-brand inline-block rounded-lg px-4 py-2.5 font-medium hover:opacity-90"
    >
      {t("list.report")}
    </Link>
  );
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{t("list.intro")}</p>
        </div>
        {items.length > 0 && reportButton}
      </div>
      {!canReport && (
        <p role="note" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
          {ctx.actor.folderReadOnly ? t("list.foreignFolderHint") : t("list.readOnlyHint")}
        </p>
      )}
      {items.length > 0 ? (
        <ClaimList items={items} />
      ) : (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium">{t("list.empty")}</p>
          <p className="mx-auto mt-2 max-w-prose text-slate-600">{canReport ? t("list.emptyHint") : t("list.emptyReadOnly")}</p>
          {reportButton && <div className="mt-5">{reportButton}</div>}
        </div>
      )}
    </div>
  );
}
