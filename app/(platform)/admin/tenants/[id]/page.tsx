import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OwnerInvitationPanel } from "@/components/platform/owner-invitation-panel";
import { PlatformShell } from "@/components/platform/platform-shell";
import { TenantAccessPanel } from "@/components/platform/tenant-access-panel";
import { TenantStatusBadge } from "@/components/platform/tenant-status-badge";
import { FormSuccess } from "@/components/ui/form-success";
import { PanelSection } from "@/components/ui/panel-section";
import { getTenant, type TenantDetail } from "@/lib/data/platform/get-tenant";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireOperatorPage } from "@/lib/platform/require-operator-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platformAdmin.list"))("title") };
}

/** /admin/tenants/<id>: facts, the owner's invitation, suspend or reactivate. */
export default async function TenantDetailPage({ params, searchParams }: Props) {
  const ctx = await requireOperatorPage();
  const tenant = await getTenant(ctx, (await params).id);
  if (!tenant) notFound();
  const t = await getTranslations("platformAdmin");
  const locale = (await getLocale()) as AppLocale;
  const created = (await searchParams).created === "1";

  const facts: [string, string][] = [
    [t("detail.address"), tenant.address],
    [t("detail.slug"), tenant.slug],
    [t("detail.locale"), t(`locales.${tenant.locale}`)],
    [t("detail.createdAt"), formatDate(tenant.createdAt, locale)],
    [t("detail.staff"), String(tenant.staffCount)],
    [t("detail.customers"), String(tenant.customerCount)],
  ];
  const suspendedLines = [
    ...(tenant.suspendedAt ? [t("detail.status.suspendedSince", { date: formatDateTime(tenant.suspendedAt, locale) })] : []),
    ...(tenant.suspendedReason ? [t("detail.status.reasonShown", { reason: tenant.suspendedReason })] : []),
  ];

  return (
    <PlatformShell operatorName={ctx.operator.name}>
      <div className="space-y-6">
        <Link href="/admin" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words">{tenant.name}</h1>
          <TenantStatusBadge status={tenant.status} />
        </div>
        {created && <FormSuccess>{t("detail.created")}</FormSuccess>}
        <div className="grid gap-6 lg:grid-cols-2">
          <PanelSection id="tenant-facts" title={t("detail.facts")} className="sm:p-5">
            <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="mb-2 break-all sm:mb-0">{value}</dd>
                </div>
              ))}
              <dt className="text-slate-600">{t("detail.domains")}</dt>
              <dd>
                {tenant.domains.length === 0
                  ? t("detail.noDomains")
                  : tenant.domains.map((d) => (
                      <span key={d.host} className="block break-all">
                        {d.host}
                        {d.isPrimary ? ` (${t("detail.primary")})` : ""}
                      </span>
                    ))}
              </dd>
            </dl>
          </PanelSection>
          <OwnerInvitationPanel tenantId={tenant.id} owner={ownerView(tenant, locale, t)} />
          <TenantAccessPanel tenantId={tenant.id} status={tenant.status} suspendedLines={suspendedLines} />
        </div>
      </div>
    </PlatformShell>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"platformAdmin">>>;

function ownerView(tenant: TenantDetail, locale: AppLocale, t: Translate) {
  const owner = tenant.owner;
  if (!owner) return null;
  const sentAt = owner.sentAt ? formatDateTime(owner.sentAt, locale) : "";
  const expiresAt = owner.expiresAt ? formatDateTime(owner.expiresAt, locale) : "";
  const stateText =
    owner.invitation === "sent"
      ? t("detail.owner.state.sent", { sentAt, expiresAt })
      : owner.invitation === "expired"
        ? t("detail.owner.state.expired", { sentAt })
        : t(`detail.owner.state.${owner.invitation}`);
  return {
    name: owner.name,
    email: owner.email,
    stateText,
    renewalText: owner.renewalRequestedAt
      ? t("detail.owner.renewalRequested", { date: formatDateTime(owner.renewalRequestedAt, locale) })
      : null,
    canResend: owner.invitation !== "registered" && tenant.status === "ACTIVE",
  };
}
