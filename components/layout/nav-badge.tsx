"use client";

import { useFreshBadge, type BadgeCount } from "./fresh-badge";

/** The unread pill of a header link: the number for the eye, the full label for screen readers. */
export function NavBadge({ href, ...fromLayout }: BadgeCount & { href: string }) {
  const shown = useFreshBadge(href, fromLayout);
  if (shown.count <= 0) return null;
  return (
    <span
      className="text-brand-ink ml-1.5 inline-block min-w-5 rounded-full bg-white px-1.5 text-center text-xs leading-5 font-semibold"
      data-testid="nav-badge"
    >
      <span aria-hidden="true">{shown.count > 99 ? "99+" : shown.count}</span>
      <span className="sr-only">{` (${shown.label})`}</span>
    </span>
  );
}
