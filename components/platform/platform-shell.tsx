import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { signOutOperatorAction } from "@/lib/actions/platform/sign-out-operator";

/** Top bar and page frame of the signed-in operator area; slate, never a tenant's colours. */
export async function PlatformShell({ operatorName, children }: { operatorName: string; children: ReactNode }) {
  const t = await getTranslations("platformAdmin");
  return (
    <>
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="text-lg font-semibold">
            {t("title")}
          </Link>
          <nav aria-label={t("header.navLabel")} className="text-sm">
            <Link href="/admin" className="rounded px-1 py-0.5 hover:underline">
              {t("header.tenants")}
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden sm:block" data-testid="platform-operator">
              {t("header.signedInAs", { name: operatorName })}
            </span>
            <LanguageSwitcher className="rounded-lg bg-white px-1" />
            <form action={signOutOperatorAction}>
              <button type="submit" className="rounded-lg border border-white/40 px-3 py-1.5 hover:bg-white/10">
                {t("header.signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
