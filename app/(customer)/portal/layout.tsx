import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { PortalNav, type PortalNavItem } from "@/components/customer/portal-nav";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { loadPortalShell } from "@/lib/data/portal/load-portal-shell";
import { now } from "@/lib/clock";
import { isEmptyCoverage } from "@/lib/company/role-coverage";
import { moduleVisibility } from "@/lib/data/portal/module-visibility";
import { MESSAGES_HREF, messagesBadge } from "./messages/messages-badge";

export default async function CustomerLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const customerCtx = { ...ctx, actor: ctx.actor };
  const r = ctx.actor.releases;
  const company = ctx.actor.company;
  // a company account whose roles cover no line (user manager or group manager alone) has no data sections;
  // otherwise a module counts when any company in its scope releases it (each governed by its own releases)
  const seesData = !company || !isEmptyCoverage(company.coverage);
  const released = (m: Parameters<typeof moduleVisibility>[1]) => moduleVisibility(customerCtx.actor, m) === "visible";
  // conversations belong to the own folder only (a household member's shared folder never shows them)
  const messagesShown = r.COMMUNICATION !== "HIDDEN" && !ctx.actor.folderReadOnly;
  const shellAt = now().getTime();
  const [t, tCompany, shell, messages] = await Promise.all([
    getTranslations("portal"),
    getTranslations("companyModules"),
    loadPortalShell(customerCtx),
    messagesShown ? messagesBadge(customerCtx) : null,
  ]);
  const anyContracts = (["INSURANCE", "FINANCE", "OTHER_CONTRACTS", "EMERGENCY"] as const).some((m) => released(m));
  const contactsShown = company !== null && (company.isUserManager || company.roles.includes("FULL_ACCESS"));

  // Sections the broker has not released are not offered (their pages say so if opened directly).
  const nav: PortalNavItem[] = [
    { href: "/portal", label: t("nav.home") },
    ...(anyContracts ? [{ href: "/portal/contracts", label: t("nav.contracts") }] : []),
    ...(anyContracts && !ctx.tenant.portalHideFinancials ? [{ href: "/portal/premiums", label: t("nav.premiums") }] : []),
    ...(released("INVOICES") ? [{ href: "/portal/invoices", label: tCompany("nav.invoices") }] : []),
    ...(shell.showInsuredObjects ? [{ href: "/portal/objects", label: tCompany("nav.objects") }] : []),
    ...(seesData ? [{ href: "/portal/documents", label: t("nav.documents") }] : []),
    ...(messages ? [{ href: MESSAGES_HREF, label: t("nav.messages"), badge: messages }] : []),
    ...(released("CLAIMS") ? [{ href: "/portal/claims", label: t("nav.claims") }] : []),
    ...(contactsShown ? [{ href: "/portal/company/contacts", label: tCompany("nav.contacts") }] : []),
    ...(seesData && r.PROFILE !== "HIDDEN" ? [{ href: "/portal/profile", label: t("nav.profile") }] : []),
    ...(seesData
      ? [
          {
            href: "/portal/notifications",
            label: t("nav.notifications"),
            badge: {
              count: shell.unreadNotifications,
              label: t("nav.unread", { count: shell.unreadNotifications }),
              at: shellAt,
            },
          },
        ]
      : []),
    ...(shell.inHousehold ? [{ href: "/portal/household", label: t("nav.household") }] : []),
    { href: "/portal/my-data", label: t("nav.myData") },
    { href: "/portal/security", label: t("nav.security") },
  ];

  return (
    <>
      <AppHeader
        tenantName={ctx.tenant.name}
        logoPath={ctx.tenant.logoPath}
        homeHref="/portal"
        userName={ctx.actor.displayName}
        subtitle={shell.companyName ?? t("subtitle")}
      />
      {shell.foreignFolderName ? (
        <div role="status" className="border-b border-amber-300 bg-amber-50">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm text-amber-950">
            <span>{t("foreignFolder.viewing", { name: shell.foreignFolderName })}</span>
            <Link href="/portal/household" className="font-medium underline">
              {t("foreignFolder.switchBack")}
            </Link>
          </div>
        </div>
      ) : null}
      <div className="mx-auto w-full max-w-6xl px-4 py-4 lg:grid lg:grid-cols-[13rem_1fr] lg:gap-8 lg:py-6">
        <aside className="mb-4 lg:mb-0">
          <PortalNav items={nav} label={t("nav.label")} />
        </aside>
        <main className="min-w-0">{children}</main>
      </div>
    </>
  );
}
