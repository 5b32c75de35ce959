import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { canPreviewAsCustomer } from "@/lib/data/preview/can-preview";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EffectiveAccess } from "@/components/broker/company/effective-access";
import { getCompanyUserAccess } from "@/lib/data/company-admin/get-company-user-access";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.access"))("title") };
}

/** "Effektiver Zugriff": what one company account sees in the portal, computed with the portal's own rules. */
export default async function CompanyUserAccessPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const { id, userId } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(id).success || !z.uuid().safeParse(userId).success) {
    notFound();
  }
  const data = await getCompanyUserAccess(ctx, userId).catch((error: unknown) => {
    if (error instanceof AccessDeniedError) return null;
    throw error;
  });
  if (!data || data.account.companyId !== id) notFound();
  const t = await getTranslations("companyAdmin.access");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/broker/customers/${id}/company`} className="text-brand-ink text-sm hover:underline">
        ← {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold" data-testid="effective-access-title">
          {t("title")}: {data.account.name}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro", { name: data.account.name })}</p>
        {canPreviewAsCustomer(ctx.actor.role) && (
          <Link
            href={`/broker/customers/${id}/preview?as=${data.account.id}`}
            className="text-brand-ink mt-2 inline-block text-sm font-medium hover:underline"
            data-testid="effective-access-preview"
          >
            {t("preview")} →
          </Link>
        )}
      </div>
      <EffectiveAccess data={data} />
    </div>
  );
}
