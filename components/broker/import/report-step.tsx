"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ImportReport } from "@/lib/import/import-result";
import { ErrorTable } from "./error-table";
import { ImportCounts } from "./import-counts";

/** Step 4: what was imported and which rows were skipped, so the broker can fix them and import again. */
export function ReportStep({ report, onAgain }: { report: ImportReport; onAgain: () => void }) {
  const t = useTranslations("import.report");
  // the same key names the audit action of a finished import ("import.completed")
  const tImport = useTranslations("import");
  const imported = report.validRows > 0;
  return (
    <div className="space-y-5">
      <div role="status" className="space-y-1">
        <h2 className="text-lg font-semibold">{tImport("completed")}</h2>
        {imported ? (
          <p className="text-emerald-700">{t("imported", { count: report.validRows })}</p>
        ) : (
          <p className="text-red-700">{t("nothingImported")}</p>
        )}
        {report.errorRows > 0 && imported && <p className="text-amber-700">{t("skipped", { count: report.errorRows })}</p>}
      </div>
      {imported && <ImportCounts kind={report.kind} counts={report.counts} done />}
      {report.errorRows > 0 && <ErrorTable errors={report.errors} errorRows={report.errorRows} />}
      <div className="flex flex-col gap-2 sm:flex-row">
        <button
          type="button"
          onClick={onAgain}
          className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90"
        >
          {t("again")}
        </button>
        <Link
          href="/broker"
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-center text-sm font-medium hover:bg-slate-50"
        >
          {t("toCustomers")}
        </Link>
      </div>
    </div>
  );
}
