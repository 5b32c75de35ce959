"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type PortalNavItem = { href: string; label: string; badge?: number; badgeLabel?: string };

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
                  current ? "border-brand bg-brand text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                <span>{item.label}</span>
                {item.badge ? (
                  <span
                    className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${current ? "text-brand bg-white" : "bg-brand text-white"}`}
                  >
                    <span aria-hidden="true">{item.badge}</span>
                    <span className="sr-only">{item.badgeLabel}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
