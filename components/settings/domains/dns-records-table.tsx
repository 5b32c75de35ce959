"use client";

import { useTranslations } from "next-intl";
import type { DnsRecordInstruction } from "@/lib/validation/domains";
import { CopyButton } from "./copy-button";

type Props = { host: string; records: DnsRecordInstruction[]; apex: boolean };

/** Typ | Name | Wert of the records a broker sets; long values wrap so the table fits a phone. */
export function DnsRecordsTable({ host, records, apex }: Props) {
  const t = useTranslations("domains.dns");
  return (
    <div className="mt-4 rounded-xl border border-slate-200 bg-slate-50 p-3" data-testid="dns-records">
      <h3 className="text-sm font-semibold">{t("title", { host })}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <table className="mt-3 w-full table-fixed text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="w-16 py-1 pr-2">
              {t("type")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("name")}
            </th>
            <th scope="col" className="py-1">
              {t("value")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {records.map((r) => (
            <tr key={r.type} data-testid={`dns-record-${r.type}`}>
              <td className="py-2 pr-2 font-mono">{r.type}</td>
              <td className="py-2 pr-2">
                <code className="block font-mono break-all">{r.name}</code>
                <CopyButton text={r.name} label={t("copyName", { type: r.type })} />
              </td>
              <td className="py-2">
                <code className="block font-mono break-all">{r.value}</code>
                <CopyButton text={r.value} label={t("copyValue", { type: r.type })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">{t("nameHint")}</p>
      {apex && <p className="mt-1 text-xs text-slate-600">{t("apexHint", { host })}</p>}
    </div>
  );
}
