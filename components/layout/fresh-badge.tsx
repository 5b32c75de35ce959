"use client";

import { useEffect, useSyncExternalStore } from "react";

/** `at`: server time (ms) the count was taken at; of two counts for one link the later one is shown. */
export type BadgeCount = { count: number; label: string; at: number };

// Why this exists: a layout (the broker header, the portal's section navigation) is not rendered again
// on client-side navigation, so its badge would keep the number of the first page load. A page that
// knows a fresher number (opening an unread ticket lowers it) publishes it here. The layout stamps its
// time before counting, the page after counting, so a later stamp always carries the fresher number.
const published = new Map<string, BadgeCount>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The count a nav link's badge shows: the layout's, unless a page published a later one for `href`. */
export function useFreshBadge(href: string, fromLayout: BadgeCount): BadgeCount {
  const fromPage = useSyncExternalStore(
    subscribe,
    () => published.get(href),
    () => undefined,
  );
  return fromPage && fromPage.at >= fromLayout.at ? fromPage : fromLayout;
}

/** Rendered by a page that knows the count better than the layout; shows nothing itself. */
export function NavBadgeUpdate({ href, count, label, at }: BadgeCount & { href: string }) {
  useEffect(() => {
    const current = published.get(href);
    if (current && current.at > at) return;
    published.set(href, { count, label, at });
    for (const listener of listeners) listener();
  }, [href, count, label, at]);
  return null;
}
