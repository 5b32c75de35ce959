import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { BrandMark } from "@/components/settings/branding/brand-mark";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { currentHost } from "@/lib/tenant/current-tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const host = await currentHost();
  if (host.kind !== "tenant") redirect("/");
  if (await getRequestContext()) redirect("/");
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("login");
  // Only same-site paths; an absolute URL here would be an open redirect.
  const target = callbackUrl && /^\/(?!\/)[\w\-/]*$/.test(callbackUrl) ? callbackUrl : "/";
  return (
    <main className="flex flex-1 items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <BrandMark logoPath={host.tenant.logoPath} name={host.tenant.name} variant="auth" />
          <h1 className="text-xl font-semibold">{host.tenant.name}</h1>
          <p className="mt-1 text-sm text-slate-600">{host.tenant.loginText ?? t("tagline")}</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={target} />
        </div>
        <LanguageSwitcher className="mt-4 justify-center" />
      </div>
    </main>
  );
}
