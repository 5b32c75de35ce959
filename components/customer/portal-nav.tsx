"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useFreshBadge, type BadgeCount } from "@/components/layout/fresh-badge";

/** `badge`: an unread pill; a page may publish a fresher count for the same href (NavBadgeUpdate). */
export type PortalNavItem = { href: string; label: string; badge?: BadgeCount };

/**
 * The folder's sections: a sidebar on desktop, a horizontally scrolling strip on phones (one row,
 * thumb-reachable, no hidden menu). The current section is marked for screen readers too.
 */
export function PortalNav({ items, label }: { items: PortalNavItem[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/portal" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="relative -mx-4 overflow-x-auto px-4 lg:mx-0 lg:overflow-visible lg:px-0">
      <ul className="flex gap-2 pb-1 lg:flex-col lg:gap-1 lg:pb-0">
        {items.map((item) => {
          const current = isCurrent(item.href);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex items-center justify-between gap-2 rounded-full border px-3 py-1.5 text-sm whitespace-nowrap lg:rounded-lg lg:border-0 lg:px-3 lg:py-2 ${
                  current ? "border-brand bg-brand text-on-brand" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                <span>{item.label}</span>
                {item.badge ? <PortalNavBadge href={item.href} fromLayout={item.badge} current={current} /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The pill: the number for the eye, the full label for screen readers. */
function PortalNavBadge({ href, fromLayout, current }: { href: string; fromLayout: BadgeCount; current: boolean }) {
  const shown = useFreshBadge(href, fromLayout);
  if (shown.count <= 0) return null;
  return (
    <span
      className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${current ? "text-brand-ink bg-white" : "bg-brand-2 text-on-brand-2"}`}
    >
      <span aria-hidden="true">{shown.count}</span>
      <span className="sr-only">{shown.label}</span>
    </span>
  );
}
