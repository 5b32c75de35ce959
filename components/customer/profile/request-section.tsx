"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Props = { id: string; title: string; pending: boolean; children: ReactNode };

/** One change form behind a disclosure; closed by default so the page stays short on phones. */
export function RequestSection({ id, title, pending, children }: Props) {
  const t = useTranslations("changeRequests.change");
  return (
    <details id={id} className="group rounded-2xl border border-slate-200 bg-white">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-2xl px-4 py-3 font-medium hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <span>{title}</span>
        <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-slate-100 px-4 py-4">
        {pending ? <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("pending")}</p> : children}
      </div>
    </details>
  );
}

/** The confirmation after a request went out. */
export function SentNotice() {
  const t = useTranslations("changeRequests.change");
  return (
    <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
      {t("sent")}
    </p>
  );
}
