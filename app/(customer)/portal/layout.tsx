import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export default async function CustomerLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const t = await getTranslations("portal");
  return (
    <>
      <AppHeader
        tenantName={ctx.tenant.name}
        homeHref="/portal"
        userName={ctx.actor.displayName}
        subtitle={t("subtitle")}
        navLabel={t("nav.label")}
        nav={[
          { href: "/portal", label: t("nav.contracts") },
          { href: "/portal/security", label: t("nav.security") },
        ]}
      />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
