import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { BrandMark } from "@/components/settings/branding/brand-mark";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import type { BadgeCount } from "./fresh-badge";
import { NavBadge } from "./nav-badge";

/**
 * A top-bar link; `badge` adds a small number pill (e.g. unread tickets) with what screen readers hear
 * instead of the bare number and the server time the count was taken (see useFreshBadge).
 */
export type AppNavItem = { href: string; label: string; badge?: BadgeCount };

type Props = {
  tenantName: string;
  /** the tenant's uploaded logo (TenantBranding.logoPath); shown instead of the name when set */
  logoPath: string | null;
  homeHref: string;
  userName: string;
  subtitle: string;
  navLabel?: string;
  /** Top-bar links (broker workspace); the portal has its own section navigation instead. */
  nav?: AppNavItem[];
};

/** Branded top bar shared by the broker workspace and the customer portal. */
export function AppHeader({ tenantName, logoPath, homeHref, userName, subtitle, navLabel, nav = [] }: Props) {
  return (
    // The secondary brand colour underlines the bar, so that setting shows on every page.
    <header className="bg-brand border-brand-2 text-on-brand border-b-4">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={homeHref} className="text-lg font-semibold" data-testid="app-header-home">
          {logoPath ? <BrandMark logoPath={logoPath} name={tenantName} variant="header" /> : tenantName}
        </Link>
        {nav.length > 0 ? (
          <nav aria-label={navLabel} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {nav.map((item) => (
              <Link key={item.href} href={item.href} className="rounded px-1 py-0.5 whitespace-nowrap hover:underline">
                {item.label}
                {item.badge && <NavBadge href={item.href} {...item.badge} />}
              </Link>
            ))}
          </nav>
        ) : null}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-right sm:block">
            <span className="block font-medium">{userName}</span>
            <span className="block text-xs opacity-80">{subtitle}</span>
          </span>
          {/* White pill: the switcher's slate text would be unreadable on the brand colour. */}
          <LanguageSwitcher className="rounded-lg bg-white px-1" />
          <SignOutButton className="rounded-lg border border-white/40 px-3 py-1.5 hover:bg-white/10" />
        </div>
      </div>
    </header>
  );
}
