"use client";

import { useTranslations } from "next-intl";
import type { DomainStatusKey } from "@/lib/validation/domains";

const STYLES: Record<DomainStatusKey, string> = {
  VERIFIED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  PENDING: "bg-amber-50 text-amber-900 ring-amber-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
};

/** Bestätigt / Wartet auf DNS / Fehlgeschlagen. */
export function DomainStatusBadge({ status }: { status: DomainStatusKey }) {
  const t = useTranslations("domains.status");
  return (
    <span
      data-testid="domain-status"
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      {t(status)}
    </span>
  );
}
