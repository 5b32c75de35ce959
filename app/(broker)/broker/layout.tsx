import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { roleLabel } from "@/components/broker/role-label";
import { ImprintMissingBanner } from "@/components/legal/imprint-missing-banner";
import { isImprintMissing } from "@/lib/data/legal/imprint-status";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";
import { NOTIFICATIONS_HREF, notificationBadge } from "./notifications/notification-badge";
import { TICKETS_HREF, ticketBadge } from "./tickets/ticket-badge";

export default async function BrokerLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestContext();
  if (!ctx && (await getPendingEnrolment())) redirect("/two-factor/setup");
  if (!ctx) redirect("/login?callbackUrl=/broker");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const t = await getTranslations("broker.nav");
  const tLabels = await getTranslations("labels");
  const tReleases = await getTranslations("releases");
  const tImport = await getTranslations("import");
  const tSettings = await getTranslations("settings");
  const [tickets, notifications, imprintMissing] = await Promise.all([
    ticketBadge(ctx),
    notificationBadge(ctx),
    isImprintMissing(ctx),
  ]);
  return (
    <>
      <AppHeader
        tenantName={ctx.tenant.name}
        logoPath={ctx.tenant.logoPath}
        homeHref="/broker"
        userName={ctx.actor.displayName}
        subtitle={roleLabel(tLabels, ctx.actor.role)}
        navLabel={t("label")}
        nav={[
          { href: "/broker", label: t("customers") },
          { href: TICKETS_HREF, label: t("tickets"), badge: tickets },
          { href: "/broker/releases", label: tReleases("nav") },
          { href: "/broker/change-requests", label: t("changeRequests") },
          { href: "/broker/claims", label: t("claims") },
          ...(ctx.actor.role.rights.editCustomers ? [{ href: "/broker/import", label: tImport("nav") }] : []),
          { href: "/broker/staff", label: t("staff") },
          { href: NOTIFICATIONS_HREF, label: t("notifications"), badge: notifications },
          ...(canManageSettings(ctx) ? [{ href: "/broker/settings", label: tSettings("nav.label") }] : []),
          { href: "/broker/security", label: t("security") },
        ]}
      />
      <main className="mx-auto w-full max-w-6xl px-4 py-6">
        <ImprintMissingBanner missing={imprintMissing} />
        {children}
      </main>
    </>
  );
}
