import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { CSSProperties, ReactNode } from "react";
import { currentHost } from "@/lib/tenant/current-tenant";
import { brandingCssVariables } from "@/lib/tenant/tenant-branding";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const host = await currentHost();
  const name = host.kind === "tenant" ? host.tenant.name : "Maklerportal";
  return { title: { default: name, template: `%s · ${name}` }, robots: { index: false, follow: false } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const host = await currentHost();
  const style = host.kind === "tenant" ? (brandingCssVariables(host.tenant) as CSSProperties) : undefined;
  const locale = await getLocale();
  return (
    <html lang={locale} style={style}>
      <body className="min-h-dvh">
        {/* Messages and locale come from lib/i18n/request.ts; client components translate with them. */}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
