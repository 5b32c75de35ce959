import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { CSSProperties, ReactNode } from "react";
import { SiteFooter } from "@/components/legal/site-footer";
import { currentHost } from "@/lib/tenant/current-tenant";
import { brandingCssVariables } from "@/lib/tenant/tenant-branding";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const host = await currentHost();
  const name = host.kind === "tenant" ? host.tenant.name : "Maklerportal";
  // The tenant's own favicon, else none at all: no platform icon may show under a broker's brand.
  const favicon = host.kind === "tenant" ? host.tenant.faviconPath : null;
  return {
    title: { default: name, template: `%s · ${name}` },
    robots: { index: false, follow: false },
    icons: favicon ? { icon: [{ url: favicon, type: "image/png" }], apple: [{ url: favicon }] } : undefined,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const host = await currentHost();
  const style = host.kind === "tenant" ? (brandingCssVariables(host.tenant) as CSSProperties) : undefined;
  const locale = await getLocale();
  return (
    <html lang={locale} style={style}>
      <body className="flex min-h-dvh flex-col">
        {/* Messages and locale come from lib/i18n/request.ts; client components translate with them. */}
        <NextIntlClientProvider>
          <div className="flex flex-1 flex-col">{children}</div>
          {host.kind === "tenant" ? <SiteFooter /> : null}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
