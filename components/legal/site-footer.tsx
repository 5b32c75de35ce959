import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { currentHost } from "@/lib/tenant/current-tenant";

/**
 * Imprint and privacy links under every page of a tenant's portal, including the login page (the
 * root layout renders it on tenant hosts only). The tenant's name, nothing of the platform.
 */
export async function SiteFooter() {
  const [t, host] = await Promise.all([getTranslations("legal.footer"), currentHost()]);
  const name = host.kind === "tenant" ? host.tenant.name : null;
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3 text-xs text-slate-600 sm:text-sm">
        {name ? <p>{t("copyright", { year: now().getFullYear(), name })}</p> : null}
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/impressum" className="hover:text-slate-900 hover:underline" data-testid="footer-imprint">
                {t("imprint")}
              </Link>
            </li>
            <li>
              <Link href="/datenschutz" className="hover:text-slate-900 hover:underline" data-testid="footer-privacy">
                {t("privacy")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
