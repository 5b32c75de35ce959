import type { ReactNode } from "react";
import { BrandMark } from "@/components/settings/branding/brand-mark";

/** The centred, branded frame of the signed-out account pages (same look as the login page). */
export function AuthCard({
  tenantName,
  logoPath,
  title,
  children,
}: {
  tenantName: string;
  /** the tenant's uploaded logo (TenantBranding.logoPath), null for the coloured square */
  logoPath: string | null;
  title: string;
  children: ReactNode;
}) {
  return (
    <main className="flex flex-1 items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <BrandMark logoPath={logoPath} name={tenantName} variant="auth" />
          <p className="text-sm text-slate-600">{tenantName}</p>
          <h1 className="mt-1 text-xl font-semibold">{title}</h1>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
