"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ImportKind } from "@/lib/import/import-fields";
import type { ImportCounts as Counts } from "@/lib/import/import-result";

/** New / changed / unchanged customers and contracts, as a preview ("will be") or a report ("were"). */
export function ImportCounts({ kind, counts, done = false }: { kind: ImportKind; counts: Counts; done?: boolean }) {
  const t = useTranslations("import.preview");
  const tReport = useTranslations("import.report");
  const format = useFormatter();
  const groups = [
    { label: t("customers"), values: [counts.customersCreated, counts.customersUpdated, counts.customersUnchanged] },
    ...(kind === "contracts"
      ? [{ label: t("contracts"), values: [counts.contractsCreated, counts.contractsUpdated, counts.contractsUnchanged] }]
      : []),
  ];
  return (
    <div className="space-y-2">
      <dl className="grid gap-3 sm:grid-cols-2">
        {groups.map((g) => (
          <div key={g.label} className="rounded-xl border border-slate-200 p-3">
            <dt className="text-sm font-medium">{g.label}</dt>
            <dd className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-700">
              <span>
                <strong className="tabular-nums">{format.number(g.values[0]!)}</strong> {t("created")}
              </span>
              <span>
                <strong className="tabular-nums">{format.number(g.values[1]!)}</strong> {t("updated")}
              </span>
              <span>
                <strong className="tabular-nums">{format.number(g.values[2]!)}</strong> {t("unchanged")}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {counts.insurersAdded > 0 && (
        <p className="text-sm text-slate-600">
          {done ? tReport("insurersAdded", { count: counts.insurersAdded }) : t("insurersAdded", { count: counts.insurersAdded })}
        </p>
      )}
    </div>
  );
}
