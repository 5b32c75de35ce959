"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { DomainListItem } from "@/lib/data/domains/list-domains";
import { LAPSE_LIMIT } from "@/lib/tenant/domains/recheck-schedule";

/**
 * What the daily check found on a domain that was working: its records are gone and it will be
 * switched off (amber, while it still serves), or it has been switched off (red).
 */
export function DomainHealthNotice({ domain }: { domain: DomainListItem }) {
  const t = useTranslations("domains.card");
  const format = useFormatter();
  const at = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });
  if (domain.lapse) {
    return (
      <div
        role="note"
        data-testid="domain-lapse-warning"
        className="mt-3 space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      >
        <p className="font-medium">
          {t("lapse", { host: domain.host, since: at(domain.lapse.since), switchOff: at(domain.lapse.switchOffAt) })}
        </p>
        <p>{t("lapseHint", { host: domain.host })}</p>
      </div>
    );
  }
  if (domain.lostAt) {
    return (
      <p role="note" data-testid="domain-lost" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900">
        {t("lost", { host: domain.host, at: at(domain.lostAt), days: LAPSE_LIMIT })}
      </p>
    );
  }
  return null;
}
