import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { AccessLogEntry } from "@/lib/data/my-data/list-access-log";

type Props = {
  items: AccessLogEntry[];
  /** Cursor of the next (older) page, or null on the last page. */
  before: string | null;
  /** This page starts below the newest entries (a "Weitere laden" page). */
  olderPage: boolean;
};

/** "Zugriffsprotokoll": who at the broker's office viewed or changed the customer's data. Table on desktop, cards on phones. */
export function AccessLog({ items, before, olderPage }: Props) {
  const t = useTranslations("myData.accessLog");
  const tAudit = useTranslations("audit");
  const format = useFormatter();
  // Audit actions are open-ended: known ones get the office's label, others a generic one.
  const has = (key: string) => tAudit.has(key as "empty");
  const action = (a: string) => {
    const key = `actions.${a.replace(".", "_")}`;
    return has(key) ? tAudit(key as "empty") : t("genericAction");
  };
  const fields = (list: string[]) =>
    list.map((f) => (has(`fields.${f}`) ? tAudit(`fields.${f}` as "empty") : null)).filter((f): f is string => f !== null);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const rows = items.map((e) => ({
    ...e,
    who: e.staffName ?? t("unknownStaff"),
    what: action(e.action),
    details: fields(e.fields),
  }));

  return (
    <section id="zugriffsprotokoll" aria-labelledby="my-data-log-heading" className="space-y-3">
      <div>
        <h2 id="my-data-log-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-slate-600">{t("text")}</p>
      </div>
      {olderPage ? (
        <p className="text-sm text-slate-600">
          {t("olderShown")}{" "}
          <Link
            href="/portal/my-data#zugriffsprotokoll"
            className="text-brand-ink font-medium underline-offset-4 hover:underline"
          >
            {t("newest")}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p
          className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600"
          data-testid="access-log-empty"
        >
          {olderPage ? t("emptyOlder") : t("empty")}
        </p>
      ) : (
        <>
          <ul className="space-y-3 md:hidden" aria-label={t("caption")} data-testid="access-log-cards">
            {rows.map((e) => (
              <li key={e.id} className="rounded-2xl border border-slate-200 bg-white p-4">
                <time dateTime={e.at.toISOString()} className="block text-sm text-slate-600">
                  {when(e.at)}
                </time>
                <p className="mt-1 font-medium break-words">{e.what}</p>
                {e.details.length ? (
                  <p className="text-sm break-words text-slate-600">{t("fieldsLabel", { fields: e.details.join(", ") })}</p>
                ) : null}
                <p className="mt-1 text-sm break-words text-slate-700">{e.who}</p>
              </li>
            ))}
          </ul>
          <DesktopTable
            caption={t("caption")}
            testId="access-log-table"
            columns={
              <>
                <ColumnHeading className="px-4 py-3 whitespace-nowrap">{t("when")}</ColumnHeading>
                <ColumnHeading>{t("who")}</ColumnHeading>
                <ColumnHeading>{t("what")}</ColumnHeading>
              </>
            }
          >
            {rows.map((e) => (
              <tr key={e.id}>
                <td className="px-4 py-3 align-top whitespace-nowrap text-slate-700">
                  <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
                </td>
                <td className="px-4 py-3 align-top">{e.who}</td>
                <th scope="row" className="px-4 py-3 text-left align-top font-normal">
                  <span className="font-medium">{e.what}</span>
                  {e.details.length ? (
                    <span className="block text-slate-600">{t("fieldsLabel", { fields: e.details.join(", ") })}</span>
                  ) : null}
                </th>
              </tr>
            ))}
          </DesktopTable>
        </>
      )}
      {before ? (
        <Link
          href={`/portal/my-data?before=${before}#zugriffsprotokoll`}
          className="inline-flex w-full items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-slate-50 sm:w-auto"
          data-testid="access-log-more"
        >
          {t("loadMore")}
        </Link>
      ) : null}
    </section>
  );
}
