import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export default async function BrokerLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestContext();
  if (!ctx && (await getPendingEnrolment())) redirect("/two-factor/setup");
  if (!ctx) redirect("/login?callbackUrl=/broker");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  return (
    <>
      <AppHeader
        tenantName={ctx.tenant.name}
        homeHref="/broker"
        userName={ctx.actor.displayName}
        subtitle={ctx.actor.role.name}
        nav={[
          { href: "/broker", label: "Kunden" },
          { href: "/broker/staff", label: "Mitarbeiter" },
          { href: "/broker/security", label: "Sicherheit" },
        ]}
      />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
