import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { SectionNotice } from "./section-notice";

/** A portal folder page; its namespace `companyModules.<section>` has title, intro, the notices and list.*. */
type Section = "invoices" | "objects";

/** The first value of a search parameter. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's cursor parameter when it is a UUID; anything else starts at the first page. */
export function folderCursor(params: Record<string, string | string[]>): string | undefined {
  const cursor = firstParam(params.cursor);
  return cursor && /^[0-9a-f-]{36}$/i.test(cursor) ? cursor : undefined;
}

/** Why a folder page shows no list: its module is not released, or the viewer's roles cover no line. */
export async function FolderNotice({ section, visibility }: { section: Section; visibility: "notReleased" | "noAccess" }) {
  const t = await getTranslations(`companyModules.${section}`);
  return (
    <SectionNotice
      title={t("title")}
      text={t(`${visibility}.text`)}
      hint={t(`${visibility}.hint`)}
      link={{ href: "/portal", label: t(`${visibility}.back`) }}
      testId={`${section}-not-released`}
    />
  );
}

type Props = {
  section: Section;
  /** the filter's search parameters, kept on the paging links */
  filters: Record<string, string | undefined>;
  cursor: string | undefined;
  nextCursor: string | null | undefined;
  /** the list is filtered (or the folder has entries): an empty page says "nothing matches" instead of "nothing yet" */
  filtered: boolean;
  /** below the intro */
  note?: ReactNode;
  filter: ReactNode;
  /** the entries of this page; null when there are none */
  list: ReactNode | null;
};

/** A paged portal folder list: header, filter, the entries or an empty state, and links to the first and next page. */
export async function FolderPage({ section, filters, cursor, nextCursor, filtered, note, filter, list }: Props) {
  const t = await getTranslations(`companyModules.${section}`);
  const query = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries<string | undefined>({ ...filters, ...extra }).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString();

  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
        {note}
      </header>
      {filter}
      {cursor && (
        <p className="text-sm">
          <Link href={`/portal/${section}?${query({})}`} className="text-brand-ink font-medium underline">
            {t("list.first")}
          </Link>
        </p>
      )}
      {list ??
        (filtered ? (
          <p
            className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600"
            data-testid={`${section}-empty`}
          >
            {t("list.emptyFiltered")}
          </p>
        ) : (
          <div
            className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center"
            data-testid={`${section}-empty`}
          >
            <p className="font-medium">{t("list.empty")}</p>
            <p className="mx-auto mt-2 max-w-prose text-slate-600">{t("list.emptyHint")}</p>
          </div>
        ))}
      {nextCursor && (
        <Link
          href={`/portal/${section}?${query({ cursor: nextCursor })}`}
          className="block rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-center text-sm font-medium hover:bg-slate-50 sm:inline-block"
          data-testid={`${section}-more`}
        >
          {t("list.more")}
        </Link>
      )}
    </div>
  );
}
