import Link from "next/link";
import type { ReactNode } from "react";

/** One block of the start page: a titled card with an optional "show all" link in its header. */
export function StartCard({
  id,
  title,
  subtitle,
  more,
  children,
  plain = false,
}: {
  id: string;
  title: string;
  subtitle?: string;
  more?: { href: string; label: string };
  children: ReactNode;
  /** Without the card frame, for content that brings its own (the document list). */
  plain?: boolean;
}) {
  return (
    <section aria-labelledby={id} className={plain ? "" : "rounded-2xl border border-slate-200 bg-white p-4 sm:p-5"}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div>
          <h2 id={id} className="text-lg font-semibold">
            {title}
          </h2>
          {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
        </div>
        {more ? (
          <Link href={more.href} className="text-brand-ink text-sm font-medium underline-offset-4 hover:underline">
            {more.label} <span aria-hidden>→</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** A friendly empty state that says what will appear (style: empty states say what to do). */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600">{children}</p>;
}
