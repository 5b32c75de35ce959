import { useTranslations } from "next-intl";
import Link from "next/link";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import { AccountStatusBadge } from "./account-status-badge";

export type CompanyContactRow = {
  id: string;
  firstName: string;
  lastName: string;
  position: string | null;
  email: string | null;
  mobile: string | null;
  account: { status: "INVITED" | "ACTIVE" | "DISABLED"; roles: string[]; isSelf: boolean } | null;
};

type Props = { items: CompanyContactRow[]; showRoles: boolean };

/** The company's contacts: a table from md up, cards on phones; each opens its detail page. */
export function CompanyContactList({ items, showRoles }: Props) {
  const t = useTranslations("companyUsers.list");
  const tRole = useTranslations("labels.companyRole");
  const name = (c: CompanyContactRow) => `${c.firstName} ${c.lastName}`;
  const roles = (c: CompanyContactRow) =>
    c.account && c.account.roles.length > 0
      ? c.account.roles.map((role) => tRole(role as Parameters<typeof tRole>[0])).join(", ")
      : c.account
        ? t("noRoles")
        : "–";
  const status = (c: CompanyContactRow) => (
    <AccountStatusBadge status={c.account?.status ?? "NONE"} testId={`company-contact-status-${c.id}`} />
  );
  const you = (c: CompanyContactRow) =>
    c.account?.isSelf && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("you")}</span>;

  return (
    <div data-testid="company-contact-list">
      <ul className="space-y-3 md:hidden">
        {items.map((c) => (
          <li key={c.id} className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="company-contact-card">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link
                  href={`/portal/company/contacts/${c.id}`}
                  className="text-brand-ink font-medium break-words hover:underline"
                >
                  {name(c)}
                </Link>
                {you(c)}
                {c.position && <p className="text-sm text-slate-600">{c.position}</p>}
              </div>
              {status(c)}
            </div>
            {c.email && <p className="mt-2 text-sm break-all text-slate-700">{c.email}</p>}
            {showRoles && c.account && <p className="mt-1 text-sm text-slate-600">{roles(c)}</p>}
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("caption")}
        testId="company-contact-table"
        columns={
          <>
            <ColumnHeading>{t("name")}</ColumnHeading>
            <ColumnHeading>{t("email")}</ColumnHeading>
            <ColumnHeading>{t("mobile")}</ColumnHeading>
            <ColumnHeading>{t("account")}</ColumnHeading>
            {showRoles && <ColumnHeading>{t("roles")}</ColumnHeading>}
          </>
        }
      >
        {items.map((c) => (
          <tr key={c.id} data-testid="company-contact-row" data-contact-id={c.id}>
            <td className="px-4 py-3">
              <Link href={`/portal/company/contacts/${c.id}`} className="text-brand-ink font-medium hover:underline">
                {name(c)}
              </Link>
              {you(c)}
              {c.position && <div className="text-slate-600">{c.position}</div>}
            </td>
            <td className="px-4 py-3 break-all">{c.email ?? "–"}</td>
            <td className="px-4 py-3 whitespace-nowrap">{c.mobile ?? "–"}</td>
            <td className="px-4 py-3">{status(c)}</td>
            {showRoles && <td className="px-4 py-3 text-slate-700">{roles(c)}</td>}
          </tr>
        ))}
      </DesktopTable>
    </div>
  );
}
